export const id = 286;
export const ids = [286];
export const modules = {

/***/ 20286:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   wafv2Collector: () => (/* binding */ wafv2Collector)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_wafv2__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(98213);
/* harmony import */ var _collectors_attempt_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31505);
// WAF (v2, regional): web ACLs, where their logs go, and the load balancers they protect.


const ID = 'wafv2';
const PAGE = 100; // Limit's documented maximum
const wafv2Collector = {
    id: ID,
    title: 'AWS WAF',
    async collect(context) {
        const waf = context.clients.get(_aws_sdk_client_wafv2__WEBPACK_IMPORTED_MODULE_1__/* .WAFV2Client */ .m5V);
        const scope = (operation, what) => ({ sdkService: 'WAFV2', operation, scope: what });
        const [acls, logging] = await Promise.all([
            (0,_collectors_attempt_js__WEBPACK_IMPORTED_MODULE_0__/* .paginate */ .En)(context, ID, scope('ListWebACLs', 'regional web ACLs'), async (NextMarker) => {
                const page = await waf.send(new _aws_sdk_client_wafv2__WEBPACK_IMPORTED_MODULE_1__/* .ListWebACLsCommand */ .vbB({ Scope: 'REGIONAL', NextMarker, Limit: PAGE }));
                return { items: page.WebACLs, next: page.NextMarker };
            }),
            (0,_collectors_attempt_js__WEBPACK_IMPORTED_MODULE_0__/* .paginate */ .En)(context, ID, scope('ListLoggingConfigurations', 'web ACL logging configurations'), async (NextMarker) => {
                const page = await waf.send(new _aws_sdk_client_wafv2__WEBPACK_IMPORTED_MODULE_1__/* .ListLoggingConfigurationsCommand */ ._14({ Scope: 'REGIONAL', NextMarker, Limit: PAGE }));
                return { items: page.LoggingConfigurations, next: page.NextMarker };
            }),
        ]);
        context.progress(`WAF: ${acls.length} web ACLs`);
        const destinations = new Map(logging.map((l) => [l.ResourceArn, l.LogDestinationConfigs ?? []]));
        return Promise.all(acls.map(async (acl) => {
            // Only load balancers: the resources this tool watches (API Gateway, AppSync would cost a call each).
            const associated = await (0,_collectors_attempt_js__WEBPACK_IMPORTED_MODULE_0__/* .attempt */ .CD)(context, ID, scope('ListResourcesForWebACL', `load balancers protected by web ACL ${acl.Name}`), () => waf.send(new _aws_sdk_client_wafv2__WEBPACK_IMPORTED_MODULE_1__/* .ListResourcesForWebACLCommand */ .c3v({ WebACLArn: acl.ARN, ResourceType: 'APPLICATION_LOAD_BALANCER' })));
            const targets = destinations.get(acl.ARN) ?? [];
            const logGroup = targets.map((arn) => arn.split(':log-group:')[1]).find(Boolean);
            return {
                type: 'wafv2:web-acl',
                id: acl.Name ?? 'unknown',
                ...(acl.ARN ? { arn: acl.ARN } : {}),
                name: acl.Name ?? 'unknown',
                region: context.config.region,
                status: 'active',
                tags: {},
                attributes: {
                    loggingEnabled: targets.length > 0,
                    logDestination: targets[0] ?? null,
                    // WAF log groups must be named aws-waf-logs-*; the log checks read them.
                    logGroup: logGroup?.replace(/:\*$/, '') ?? null,
                    associatedLoadBalancers: associated ? (associated.ResourceArns?.length ?? 0) : null,
                    loadBalancers: associated ? (associated.ResourceArns ?? []).map((arn) => arn.split('/')[2] ?? arn) : null,
                },
            };
        }));
    },
};


/***/ })

};
