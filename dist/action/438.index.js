export const id = 438;
export const ids = [438];
export const modules = {

/***/ 58438:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   opensearchCollector: () => (/* binding */ opensearchCollector)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_opensearch__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(72445);
/* harmony import */ var _collectors_attempt_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31505);
/* harmony import */ var _chunk_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(64158);
/* harmony import */ var _collectors_sdk_shapes_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(98659);
/* harmony import */ var _collectors_resource_filter_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(57569);
// OpenSearch: every domain with its processing state, version, cluster config and endpoint.
// Cluster health (red/yellow) comes from CloudWatch metrics, not from this API.





const ID = 'opensearch';
const DOMAINS_PER_DESCRIBE = 5; // DescribeDomains' documented maximum
const opensearchCollector = {
    id: ID,
    title: 'Amazon OpenSearch Service',
    async collect(context) {
        const opensearch = context.clients.get(_aws_sdk_client_opensearch__WEBPACK_IMPORTED_MODULE_1__/* .OpenSearchClient */ .iBl);
        const listed = await (0,_collectors_attempt_js__WEBPACK_IMPORTED_MODULE_0__/* .attempt */ .CD)(context, ID, { sdkService: 'OpenSearch', operation: 'ListDomainNames', scope: 'OpenSearch domains' }, () => opensearch.send(new _aws_sdk_client_opensearch__WEBPACK_IMPORTED_MODULE_1__/* .ListDomainNamesCommand */ .CW3({})));
        // Domains the name filters would drop are not described at all.
        const keepName = (0,_collectors_resource_filter_js__WEBPACK_IMPORTED_MODULE_2__/* .makeNameFilter */ .O7)(context.config.filters);
        const names = (listed?.DomainNames ?? []).map((d) => d.DomainName).filter((n) => Boolean(n) && keepName(n));
        const batches = await Promise.all((0,_chunk_js__WEBPACK_IMPORTED_MODULE_3__/* .chunk */ .i)(names, DOMAINS_PER_DESCRIBE).map((batch) => (0,_collectors_attempt_js__WEBPACK_IMPORTED_MODULE_0__/* .attempt */ .CD)(context, ID, { sdkService: 'OpenSearch', operation: 'DescribeDomains', scope: `OpenSearch domains ${batch.join(', ')}` }, () => opensearch.send(new _aws_sdk_client_opensearch__WEBPACK_IMPORTED_MODULE_1__/* .DescribeDomainsCommand */ .CVH({ DomainNames: batch })))));
        const domains = batches.flatMap((b) => b?.DomainStatusList ?? []);
        context.progress(`OpenSearch: ${domains.length} domains`);
        const resources = domains.map((domain) => domainResource(context, domain));
        // Tags cost one call per domain: read them only when a tag filter needs them.
        const { includeTags, excludeTags } = context.config.filters;
        if (includeTags.length > 0 || excludeTags.length > 0) {
            await Promise.all(resources.map(async (resource) => {
                if (!resource.arn)
                    return;
                const tags = await (0,_collectors_attempt_js__WEBPACK_IMPORTED_MODULE_0__/* .attempt */ .CD)(context, ID, { sdkService: 'OpenSearch', operation: 'ListTags', scope: `tags of OpenSearch domain ${resource.id}` }, () => opensearch.send(new _aws_sdk_client_opensearch__WEBPACK_IMPORTED_MODULE_1__/* .ListTagsCommand */ .bvr({ ARN: resource.arn })));
                resource.tags = (0,_collectors_sdk_shapes_js__WEBPACK_IMPORTED_MODULE_4__/* .tagsToRecord */ .g)(tags?.TagList);
            }));
        }
        return resources;
    },
};
function domainState(domain) {
    if (domain.Deleted)
        return 'deleted';
    if (domain.UpgradeProcessing)
        return 'upgrading';
    if (domain.Processing)
        return 'processing';
    return 'active';
}
function domainResource(context, domain) {
    const cluster = domain.ClusterConfig;
    const logs = Object.entries(domain.LogPublishingOptions ?? {})
        .filter(([, option]) => option.Enabled)
        .map(([type, option]) => `${type}=${option.CloudWatchLogsLogGroupArn?.split(':log-group:')[1]?.replace(/:\*$/, '') ?? '?'}`);
    const software = domain.ServiceSoftwareOptions;
    return {
        type: 'opensearch:domain',
        id: domain.DomainName ?? 'unknown',
        ...(domain.ARN ? { arn: domain.ARN } : {}),
        name: domain.DomainName ?? 'unknown',
        region: context.config.region,
        status: domainState(domain),
        tags: {},
        attributes: {
            engineVersion: domain.EngineVersion ?? null,
            instanceType: cluster?.InstanceType ?? null,
            instanceCount: cluster?.InstanceCount ?? null,
            dedicatedMaster: cluster?.DedicatedMasterEnabled ?? false,
            zoneAwareness: cluster?.ZoneAwarenessEnabled ?? false,
            warmEnabled: cluster?.WarmEnabled ?? false,
            ebsVolumeGiB: domain.EBSOptions?.VolumeSize ?? null,
            endpoint: domain.Endpoint ?? domain.EndpointV2 ?? Object.values(domain.Endpoints ?? {})[0] ?? null,
            processing: domain.Processing ?? false,
            upgradeProcessing: domain.UpgradeProcessing ?? false,
            domainProcessingStatus: domain.DomainProcessingStatus ?? null,
            serviceSoftwareUpdateAvailable: software?.UpdateAvailable ?? false,
            serviceSoftwareUpdateStatus: software?.UpdateStatus ?? null,
            serviceSoftwareAutomatedUpdateDate: software?.AutomatedUpdateDate?.toISOString() ?? null,
            serviceSoftwareDescription: software?.Description ?? null,
            logPublishing: logs,
        },
    };
}


/***/ })

};
