export const id = 213;
export const ids = [213];
export const modules = {

/***/ 98213:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

var __webpack_unused_export__;
const { awsEndpointFunctions, emitWarningIfUnsupportedVersion: emitWarningIfUnsupportedVersion$1, createDefaultUserAgentProvider, NODE_APP_ID_CONFIG_OPTIONS, getAwsRegionExtensionConfiguration, resolveAwsRegionExtensionConfiguration, resolveUserAgentConfig, resolveHostHeaderConfig, getUserAgentPlugin, getHostHeaderPlugin, getLoggerPlugin, getRecursionDetectionPlugin } = __webpack_require__(5152);
const { getHttpAuthSchemeEndpointRuleSetPlugin, DefaultIdentityProviderConfig, getHttpSigningPlugin } = __webpack_require__(90402);
const { normalizeProvider, getSmithyContext, ServiceException, NoOpLogger, emitWarningIfUnsupportedVersion, loadConfigsForDefaultMode, getDefaultExtensionConfiguration, resolveDefaultRuntimeConfig, Client, makeBuilder, createAggregatedClient } = __webpack_require__(92658);
const { Command: $Command } = __webpack_require__(92658);
__webpack_unused_export__ = $Command;
__webpack_unused_export__ = Client;
const { resolveDefaultsModeConfig, loadConfig, NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, NODE_REGION_CONFIG_OPTIONS, NODE_REGION_CONFIG_FILE_OPTIONS, resolveRegionConfig } = __webpack_require__(47291);
const { BinaryDecisionDiagram, EndpointCache, decideEndpoint, customEndpointFunctions, resolveEndpointConfig, getEndpointPlugin } = __webpack_require__(62085);
const { parseUrl, getHttpHandlerExtensionConfiguration, resolveHttpHandlerRuntimeConfig, getContentLengthPlugin } = __webpack_require__(93422);
const { DEFAULT_RETRY_MODE, NODE_RETRY_MODE_CONFIG_OPTIONS, NODE_MAX_ATTEMPT_CONFIG_OPTIONS, resolveRetryConfig, getRetryPlugin } = __webpack_require__(23609);
const { TypeRegistry, getSchemaSerdePlugin } = __webpack_require__(26890);
const { resolveAwsSdkSigV4Config, AwsSdkSigV4Signer, NODE_AUTH_SCHEME_PREFERENCE_OPTIONS } = __webpack_require__(97523);
const { defaultProvider } = __webpack_require__(5861);
const { toUtf8, fromUtf8, toBase64, fromBase64, calculateBodyLength } = __webpack_require__(92430);
const { streamCollector, NodeHttpHandler } = __webpack_require__(61279);
const { AwsJson1_1Protocol } = __webpack_require__(37288);
const { Sha256 } = __webpack_require__(99542);

const defaultWAFV2HttpAuthSchemeParametersProvider = async (config, context, input) => {
    return {
        operation: getSmithyContext(context).operation,
        region: await normalizeProvider(config.region)() || (() => {
            throw new Error("expected `region` to be configured for `aws.auth#sigv4`");
        })(),
    };
};
function createAwsAuthSigv4HttpAuthOption(authParameters) {
    return {
        schemeId: "aws.auth#sigv4",
        signingProperties: {
            name: "wafv2",
            region: authParameters.region,
        },
        propertiesExtractor: (config, context) => ({
            signingProperties: {
                config,
                context,
            },
        }),
    };
}
const defaultWAFV2HttpAuthSchemeProvider = (authParameters) => {
    const options = [];
    switch (authParameters.operation) {
        default: {
            options.push(createAwsAuthSigv4HttpAuthOption(authParameters));
        }
    }
    return options;
};
const resolveHttpAuthSchemeConfig = (config) => {
    const config_0 = resolveAwsSdkSigV4Config(config);
    return Object.assign(config_0, {
        authSchemePreference: normalizeProvider(config.authSchemePreference ?? []),
    });
};

const resolveClientEndpointParameters = (options) => {
    return Object.assign(options, {
        useDualstackEndpoint: options.useDualstackEndpoint ?? false,
        useFipsEndpoint: options.useFipsEndpoint ?? false,
        defaultSigningName: "wafv2",
    });
};
const commonParams = {
    UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
    Endpoint: { type: "builtInParams", name: "endpoint" },
    Region: { type: "builtInParams", name: "region" },
    UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" },
};

var version = "3.1140.0";
var packageInfo = {
	version: version};

const k = "ref";
const a = -1, b = true, c = "isSet", d = "PartitionResult", e = "booleanEquals", f = "getAttr", g = { [k]: "Endpoint" }, h = { [k]: d }, i = {}, j = [{ [k]: "Region" }];
const _data = {
    conditions: [
        [c, [g]],
        [c, j],
        ["aws.partition", j, d],
        [e, [{ [k]: "UseFIPS" }, b]],
        [e, [{ [k]: "UseDualStack" }, b]],
        [e, [{ fn: f, argv: [h, "supportsDualStack"] }, b]],
        [e, [{ fn: f, argv: [h, "supportsFIPS"] }, b]]
    ],
    results: [
        [a],
        [a, "Invalid Configuration: FIPS and custom endpoint are not supported"],
        [a, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
        [g, i],
        ["https://wafv2-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
        [a, "FIPS and DualStack are enabled, but this partition does not support one or both"],
        ["https://wafv2-fips.{Region}.{PartitionResult#dnsSuffix}", i],
        [a, "FIPS is enabled but this partition does not support FIPS"],
        ["https://wafv2.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
        [a, "DualStack is enabled but this partition does not support DualStack"],
        ["https://wafv2.{Region}.{PartitionResult#dnsSuffix}", i],
        [a, "Invalid Configuration: Missing Region"]
    ]
};
const root = 2;
const r = 100_000_000;
const nodes = new Int32Array([
    -1, 1, -1,
    0, 12, 3,
    1, 4, r + 11,
    2, 5, r + 11,
    3, 8, 6,
    4, 7, r + 10,
    5, r + 8, r + 9,
    4, 10, 9,
    6, r + 6, r + 7,
    5, 11, r + 5,
    6, r + 4, r + 5,
    3, r + 1, 13,
    4, r + 2, r + 3,
]);
const bdd = BinaryDecisionDiagram.from(nodes, root, _data.conditions, _data.results);

const cache = new EndpointCache({
    size: 50,
    params: ["Endpoint", "Region", "UseDualStack", "UseFIPS"],
});
const defaultEndpointResolver = (endpointParams, context = {}) => {
    return cache.get(endpointParams, () => decideEndpoint(bdd, {
        endpointParams: endpointParams,
        logger: context.logger,
    }));
};
customEndpointFunctions.aws = awsEndpointFunctions;

class WAFV2ServiceException extends ServiceException {
    constructor(options) {
        super(options);
        Object.setPrototypeOf(this, WAFV2ServiceException.prototype);
    }
}

class WAFFeatureNotIncludedInPricingPlanException extends WAFV2ServiceException {
    name = "WAFFeatureNotIncludedInPricingPlanException";
    $fault = "client";
    Message;
    DisallowedFeatures;
    constructor(opts) {
        super({
            name: "WAFFeatureNotIncludedInPricingPlanException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, WAFFeatureNotIncludedInPricingPlanException.prototype);
        this.Message = opts.Message;
        this.DisallowedFeatures = opts.DisallowedFeatures;
    }
}
class WAFInternalErrorException extends WAFV2ServiceException {
    name = "WAFInternalErrorException";
    $fault = "server";
    Message;
    constructor(opts) {
        super({
            name: "WAFInternalErrorException",
            $fault: "server",
            ...opts,
        });
        Object.setPrototypeOf(this, WAFInternalErrorException.prototype);
        this.Message = opts.Message;
    }
}
class WAFInvalidOperationException extends WAFV2ServiceException {
    name = "WAFInvalidOperationException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "WAFInvalidOperationException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, WAFInvalidOperationException.prototype);
        this.Message = opts.Message;
    }
}
class WAFInvalidParameterException extends WAFV2ServiceException {
    name = "WAFInvalidParameterException";
    $fault = "client";
    Field;
    Parameter;
    Reason;
    constructor(opts) {
        super({
            name: "WAFInvalidParameterException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, WAFInvalidParameterException.prototype);
        this.Field = opts.Field;
        this.Parameter = opts.Parameter;
        this.Reason = opts.Reason;
    }
}
class WAFLimitsExceededException extends WAFV2ServiceException {
    name = "WAFLimitsExceededException";
    $fault = "client";
    Message;
    SourceType;
    constructor(opts) {
        super({
            name: "WAFLimitsExceededException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, WAFLimitsExceededException.prototype);
        this.Message = opts.Message;
        this.SourceType = opts.SourceType;
    }
}
class WAFNonexistentItemException extends WAFV2ServiceException {
    name = "WAFNonexistentItemException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "WAFNonexistentItemException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, WAFNonexistentItemException.prototype);
        this.Message = opts.Message;
    }
}
class WAFUnavailableEntityException extends WAFV2ServiceException {
    name = "WAFUnavailableEntityException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "WAFUnavailableEntityException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, WAFUnavailableEntityException.prototype);
        this.Message = opts.Message;
    }
}
class WAFExpiredManagedRuleGroupVersionException extends WAFV2ServiceException {
    name = "WAFExpiredManagedRuleGroupVersionException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "WAFExpiredManagedRuleGroupVersionException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, WAFExpiredManagedRuleGroupVersionException.prototype);
        this.Message = opts.Message;
    }
}
class WAFInvalidResourceException extends WAFV2ServiceException {
    name = "WAFInvalidResourceException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "WAFInvalidResourceException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, WAFInvalidResourceException.prototype);
        this.Message = opts.Message;
    }
}
class WAFSubscriptionNotFoundException extends WAFV2ServiceException {
    name = "WAFSubscriptionNotFoundException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "WAFSubscriptionNotFoundException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, WAFSubscriptionNotFoundException.prototype);
        this.Message = opts.Message;
    }
}
class WAFDuplicateItemException extends WAFV2ServiceException {
    name = "WAFDuplicateItemException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "WAFDuplicateItemException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, WAFDuplicateItemException.prototype);
        this.Message = opts.Message;
    }
}
class WAFOptimisticLockException extends WAFV2ServiceException {
    name = "WAFOptimisticLockException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "WAFOptimisticLockException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, WAFOptimisticLockException.prototype);
        this.Message = opts.Message;
    }
}
class WAFTagOperationException extends WAFV2ServiceException {
    name = "WAFTagOperationException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "WAFTagOperationException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, WAFTagOperationException.prototype);
        this.Message = opts.Message;
    }
}
class WAFTagOperationInternalErrorException extends WAFV2ServiceException {
    name = "WAFTagOperationInternalErrorException";
    $fault = "server";
    Message;
    constructor(opts) {
        super({
            name: "WAFTagOperationInternalErrorException",
            $fault: "server",
            ...opts,
        });
        Object.setPrototypeOf(this, WAFTagOperationInternalErrorException.prototype);
        this.Message = opts.Message;
    }
}
class WAFConfigurationWarningException extends WAFV2ServiceException {
    name = "WAFConfigurationWarningException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "WAFConfigurationWarningException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, WAFConfigurationWarningException.prototype);
        this.Message = opts.Message;
    }
}
class WAFAssociatedItemException extends WAFV2ServiceException {
    name = "WAFAssociatedItemException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "WAFAssociatedItemException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, WAFAssociatedItemException.prototype);
        this.Message = opts.Message;
    }
}
class WAFUnsupportedAggregateKeyTypeException extends WAFV2ServiceException {
    name = "WAFUnsupportedAggregateKeyTypeException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "WAFUnsupportedAggregateKeyTypeException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, WAFUnsupportedAggregateKeyTypeException.prototype);
        this.Message = opts.Message;
    }
}
class WAFLogDestinationPermissionIssueException extends WAFV2ServiceException {
    name = "WAFLogDestinationPermissionIssueException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "WAFLogDestinationPermissionIssueException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, WAFLogDestinationPermissionIssueException.prototype);
        this.Message = opts.Message;
    }
}
class WAFServiceLinkedRoleErrorException extends WAFV2ServiceException {
    name = "WAFServiceLinkedRoleErrorException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "WAFServiceLinkedRoleErrorException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, WAFServiceLinkedRoleErrorException.prototype);
    }
}
class WAFInvalidPermissionPolicyException extends WAFV2ServiceException {
    name = "WAFInvalidPermissionPolicyException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "WAFInvalidPermissionPolicyException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, WAFInvalidPermissionPolicyException.prototype);
        this.Message = opts.Message;
    }
}

const _A = "Action";
const _AA = "AllowAction";
const _AAp = "ApplicationAttribute";
const _AApp = "ApplicationAttributes";
const _AC = "ActionCondition";
const _ACp = "ApplicationConfig";
const _ACs = "AssociationConfig";
const _AF = "AddressField";
const _AFd = "AddressFields";
const _AIURL = "ApplicationIntegrationURL";
const _AKT = "AggregateKeyType";
const _AL = "AsnList";
const _ALBLRM = "ALBLowReputationMode";
const _ALv = "AvailableLabels";
const _AMS = "AsnMatchStatement";
const _APIK = "APIKey";
const _APIKS = "APIKeySummary";
const _APIKSe = "APIKeySummaries";
const _AQA = "AllQueryArguments";
const _ARGA = "AssociatedRuleGroupArn";
const _ARN = "ARN";
const _AS = "AndStatement";
const _ASN = "ASN";
const _ATU = "ActionToUse";
const _AWACL = "AssociateWebACL";
const _AWACLR = "AssociateWebACLRequest";
const _AWACLRs = "AssociateWebACLResponse";
const _AWSMRACFPRS = "AWSManagedRulesACFPRuleSet";
const _AWSMRADDSRS = "AWSManagedRulesAntiDDoSRuleSet";
const _AWSMRATPRS = "AWSManagedRulesATPRuleSet";
const _AWSMRBCRS = "AWSManagedRulesBotControlRuleSet";
const _Ad = "Addresses";
const _Al = "All";
const _All = "Allow";
const _Am = "Amount";
const _At = "Attributes";
const _B = "Body";
const _BA = "BlockAction";
const _BC = "BotCategory";
const _BCo = "BodyContains";
const _BMS = "ByteMatchStatement";
const _BN = "BotName";
const _BO = "BotOrganization";
const _BS = "BotStatistics";
const _BSL = "BotStatisticsList";
const _Be = "Behavior";
const _Bl = "Block";
const _C = "Capacity";
const _CA = "CaptchaAction";
const _CAPIK = "CreateAPIKey";
const _CAPIKR = "CreateAPIKeyRequest";
const _CAPIKRr = "CreateAPIKeyResponse";
const _CAh = "ChallengeAction";
const _CAo = "CountAction";
const _CC = "CaptchaConfig";
const _CCR = "CheckCapacityRequest";
const _CCRh = "CheckCapacityResponse";
const _CCh = "ChallengeConfig";
const _CChe = "CheckCapacity";
const _CCo = "CountryCodes";
const _CCr = "CryptoConfig";
const _CDV = "CurrentDefaultVersion";
const _CHTTPH = "CustomHTTPHeader";
const _CHTTPHu = "CustomHTTPHeaders";
const _CIP = "ClientIP";
const _CIPS = "CreateIPSet";
const _CIPSR = "CreateIPSetRequest";
const _CIPSRr = "CreateIPSetResponse";
const _CK = "CustomKeys";
const _CL = "ConsumedLabels";
const _CM = "CurrencyMode";
const _CMP = "CookieMatchPattern";
const _CO = "ComparisonOperator";
const _CP = "CreationPath";
const _CPo = "ContentPath";
const _CR = "CustomResponse";
const _CRB = "CustomResponseBodies";
const _CRBK = "CustomResponseBodyKey";
const _CRBu = "CustomResponseBody";
const _CRG = "CreateRuleGroup";
const _CRGR = "CreateRuleGroupRequest";
const _CRGRr = "CreateRuleGroupResponse";
const _CRH = "CustomRequestHandling";
const _CRPS = "CreateRegexPatternSet";
const _CRPSR = "CreateRegexPatternSetRequest";
const _CRPSRr = "CreateRegexPatternSetResponse";
const _CRa = "CaptchaResponse";
const _CRh = "ChallengeResponse";
const _CSA = "ClientSideAction";
const _CSAC = "ClientSideActionConfig";
const _CT = "CreationTimestamp";
const _CTo = "ContentType";
const _CWACL = "CreateWebACL";
const _CWACLR = "CreateWebACLRequest";
const _CWACLRr = "CreateWebACLResponse";
const _CWME = "CloudWatchMetricsEnabled";
const _Ca = "Category";
const _Cap = "Captcha";
const _Ch = "Challenge";
const _Cha = "Chain";
const _Co = "Condition";
const _Con = "Content";
const _Cond = "Conditions";
const _Coo = "Cookies";
const _Cook = "Cookie";
const _Cou = "Country";
const _Coun = "Count";
const _Cu = "Currency";
const _D = "Description";
const _DA = "DefaultAction";
const _DAMP = "DescribeAllManagedProducts";
const _DAMPR = "DescribeAllManagedProductsRequest";
const _DAMPRe = "DescribeAllManagedProductsResponse";
const _DAPIK = "DeleteAPIKey";
const _DAPIKR = "DeleteAPIKeyRequest";
const _DAPIKRe = "DeleteAPIKeyResponse";
const _DB = "DefaultBehavior";
const _DF = "DisallowedFeatures";
const _DFMRG = "DeleteFirewallManagerRuleGroups";
const _DFMRGR = "DeleteFirewallManagerRuleGroupsRequest";
const _DFMRGRe = "DeleteFirewallManagerRuleGroupsResponse";
const _DFi = "DisallowedFeature";
const _DIPS = "DeleteIPSet";
const _DIPSR = "DeleteIPSetRequest";
const _DIPSRe = "DeleteIPSetResponse";
const _DLC = "DeleteLoggingConfiguration";
const _DLCR = "DeleteLoggingConfigurationRequest";
const _DLCRe = "DeleteLoggingConfigurationResponse";
const _DMPBV = "DescribeManagedProductsByVendor";
const _DMPBVR = "DescribeManagedProductsByVendorRequest";
const _DMPBVRe = "DescribeManagedProductsByVendorResponse";
const _DMRG = "DescribeManagedRuleGroup";
const _DMRGR = "DescribeManagedRuleGroupRequest";
const _DMRGRe = "DescribeManagedRuleGroupResponse";
const _DP = "DataProtection";
const _DPC = "DataProtectionConfig";
const _DPE = "DataPointEntry";
const _DPL = "DataPointsList";
const _DPP = "DeletePermissionPolicy";
const _DPPR = "DeletePermissionPolicyRequest";
const _DPPRe = "DeletePermissionPolicyResponse";
const _DPa = "DataProtections";
const _DPat = "DataPoints";
const _DRG = "DeleteRuleGroup";
const _DRGR = "DeleteRuleGroupRequest";
const _DRGRe = "DeleteRuleGroupResponse";
const _DRPS = "DeleteRegexPatternSet";
const _DRPSR = "DeleteRegexPatternSetRequest";
const _DRPSRe = "DeleteRegexPatternSetResponse";
const _DSIL = "DefaultSizeInspectionLimit";
const _DWACL = "DeleteWebACL";
const _DWACLR = "DeleteWebACLRequest";
const _DWACLRe = "DeleteWebACLResponse";
const _DWACLRi = "DisassociateWebACLRequest";
const _DWACLRis = "DisassociateWebACLResponse";
const _DWACLi = "DisassociateWebACL";
const _Da = "Date";
const _EC = "ExcludedCookies";
const _EF = "EmailField";
const _EH = "ExcludedHeaders";
const _EML = "EnableMachineLearning";
const _ER = "ExcludedRule";
const _ERBD = "ExcludeRateBasedDetails";
const _ERIP = "EnableRegexInPath";
const _ERMD = "ExcludeRuleMatchDetails";
const _ERx = "ExcludedRules";
const _ET = "ExpiryTimestamp";
const _ETn = "EndTime";
const _EURE = "ExemptUriRegularExpressions";
const _EV = "ExpiringVersion";
const _EWS = "EvaluationWindowSec";
const _F = "Field";
const _FB = "FallbackBehavior";
const _FC = "FailureCodes";
const _FIP = "ForwardedIP";
const _FIPC = "ForwardedIPConfig";
const _FK = "FieldKeys";
const _FL = "ForecastedLifetime";
const _FMRG = "FirewallManagerRuleGroup";
const _FMRGi = "FirewallManagerRuleGroups";
const _FMS = "FirewallManagerStatement";
const _FR = "FailureReason";
const _FS = "FilterSource";
const _FSa = "FailureStrings";
const _FT = "FieldType";
const _FTM = "FieldToMatch";
const _FTP = "FieldToProtect";
const _FV = "FailureValues";
const _Fe = "Feature";
const _Fi = "Filter";
const _Fil = "Filters";
const _GB = "GroupBy";
const _GBV = "GroupByValue";
const _GDAPIK = "GetDecryptedAPIKey";
const _GDAPIKR = "GetDecryptedAPIKeyRequest";
const _GDAPIKRe = "GetDecryptedAPIKeyResponse";
const _GIPS = "GetIPSet";
const _GIPSR = "GetIPSetRequest";
const _GIPSRe = "GetIPSetResponse";
const _GLC = "GetLoggingConfiguration";
const _GLCR = "GetLoggingConfigurationRequest";
const _GLCRe = "GetLoggingConfigurationResponse";
const _GMRS = "GetManagedRuleSet";
const _GMRSR = "GetManagedRuleSetRequest";
const _GMRSRe = "GetManagedRuleSetResponse";
const _GMS = "GeoMatchStatement";
const _GMSR = "GetMobileSdkRelease";
const _GMSRR = "GetMobileSdkReleaseRequest";
const _GMSRRe = "GetMobileSdkReleaseResponse";
const _GMSRU = "GenerateMobileSdkReleaseUrl";
const _GMSRUR = "GenerateMobileSdkReleaseUrlRequest";
const _GMSRURe = "GenerateMobileSdkReleaseUrlResponse";
const _GPP = "GetPermissionPolicy";
const _GPPR = "GetPermissionPolicyRequest";
const _GPPRe = "GetPermissionPolicyResponse";
const _GRBSMK = "GetRateBasedStatementManagedKeys";
const _GRBSMKR = "GetRateBasedStatementManagedKeysRequest";
const _GRBSMKRe = "GetRateBasedStatementManagedKeysResponse";
const _GRG = "GetRuleGroup";
const _GRGR = "GetRuleGroupRequest";
const _GRGRe = "GetRuleGroupResponse";
const _GRPS = "GetRegexPatternSet";
const _GRPSR = "GetRegexPatternSetRequest";
const _GRPSRe = "GetRegexPatternSetResponse";
const _GRS = "GetRevenueStatistics";
const _GRSR = "GetRevenueStatisticsRequest";
const _GRSRe = "GetRevenueStatisticsResponse";
const _GRSS = "GetRevenueStatisticsSummary";
const _GRSSR = "GetRevenueStatisticsSummaryRequest";
const _GRSSRe = "GetRevenueStatisticsSummaryResponse";
const _GRSTS = "GetRevenueStatisticsTimeSeries";
const _GRSTSR = "GetRevenueStatisticsTimeSeriesRequest";
const _GRSTSRe = "GetRevenueStatisticsTimeSeriesResponse";
const _GSR = "GetSampledRequests";
const _GSRR = "GetSampledRequestsRequest";
const _GSRRe = "GetSampledRequestsResponse";
const _GTPSBT = "GetTopPathStatisticsByTraffic";
const _GTPSBTR = "GetTopPathStatisticsByTrafficRequest";
const _GTPSBTRe = "GetTopPathStatisticsByTrafficResponse";
const _GWACL = "GetWebACL";
const _GWACLFR = "GetWebACLForResource";
const _GWACLFRR = "GetWebACLForResourceRequest";
const _GWACLFRRe = "GetWebACLForResourceResponse";
const _GWACLR = "GetWebACLRequest";
const _GWACLRe = "GetWebACLResponse";
const _H = "Headers";
const _HMP = "HeaderMatchPattern";
const _HN = "HeaderName";
const _HO = "HeaderOrder";
const _HTTPH = "HTTPHeader";
const _HTTPHe = "HTTPHeaders";
const _HTTPM = "HTTPMethod";
const _HTTPR = "HTTPRequest";
const _HTTPV = "HTTPVersion";
const _He = "Header";
const _I = "Identifier";
const _IAMRS = "IsAdvancedManagedRuleSet";
const _IC = "IncludedCookies";
const _IFB = "InvalidFallbackBehavior";
const _IH = "InsertHeaders";
const _IHn = "IncludedHeaders";
const _IL = "InspectionLevel";
const _IP = "IncludedPaths";
const _IPAV = "IPAddressVersion";
const _IPS = "IPSet";
const _IPSFIPC = "IPSetForwardedIPConfig";
const _IPSRS = "IPSetReferenceStatement";
const _IPSS = "IPSetSummary";
const _IPSSe = "IPSetSummaries";
const _IPSe = "IPSets";
const _IP_ = "IP";
const _IT = "ImmunityTime";
const _ITP = "ImmunityTimeProperty";
const _IVS = "IsVersioningSupported";
const _Id = "Id";
const _In = "Intent";
const _Int = "Interval";
const _J = "Json";
const _JAF = "JA3Fingerprint";
const _JAFi = "JA4Fingerprint";
const _JB = "JsonBody";
const _JMP = "JsonMatchPattern";
const _K = "Key";
const _L = "Limit";
const _LAMRG = "ListAvailableManagedRuleGroups";
const _LAMRGR = "ListAvailableManagedRuleGroupsRequest";
const _LAMRGRi = "ListAvailableManagedRuleGroupsResponse";
const _LAMRGV = "ListAvailableManagedRuleGroupVersions";
const _LAMRGVR = "ListAvailableManagedRuleGroupVersionsRequest";
const _LAMRGVRi = "ListAvailableManagedRuleGroupVersionsResponse";
const _LAPIK = "ListAPIKeys";
const _LAPIKR = "ListAPIKeysRequest";
const _LAPIKRi = "ListAPIKeysResponse";
const _LC = "LoggingConfiguration";
const _LCo = "LoggingConfigurations";
const _LDC = "LogDestinationConfigs";
const _LF = "LoggingFilter";
const _LIPS = "ListIPSets";
const _LIPSR = "ListIPSetsRequest";
const _LIPSRi = "ListIPSetsResponse";
const _LLC = "ListLoggingConfigurations";
const _LLCR = "ListLoggingConfigurationsRequest";
const _LLCRi = "ListLoggingConfigurationsResponse";
const _LMRS = "ListManagedRuleSets";
const _LMRSR = "ListManagedRuleSetsRequest";
const _LMRSRi = "ListManagedRuleSetsResponse";
const _LMS = "LabelMatchStatement";
const _LMSR = "ListMobileSdkReleases";
const _LMSRR = "ListMobileSdkReleasesRequest";
const _LMSRRi = "ListMobileSdkReleasesResponse";
const _LN = "LabelNamespace";
const _LNC = "LabelNameCondition";
const _LNa = "LabelName";
const _LP = "LoginPath";
const _LRFWACL = "ListResourcesForWebACL";
const _LRFWACLR = "ListResourcesForWebACLRequest";
const _LRFWACLRi = "ListResourcesForWebACLResponse";
const _LRG = "ListRuleGroups";
const _LRGR = "ListRuleGroupsRequest";
const _LRGRi = "ListRuleGroupsResponse";
const _LRPS = "ListRegexPatternSets";
const _LRPSR = "ListRegexPatternSetsRequest";
const _LRPSRi = "ListRegexPatternSetsResponse";
const _LS = "LogScope";
const _LSR = "ListSettlementRecords";
const _LSRR = "ListSettlementRecordsRequest";
const _LSRRi = "ListSettlementRecordsResponse";
const _LSa = "LabelSummary";
const _LSab = "LabelSummaries";
const _LT = "LockToken";
const _LTFR = "ListTagsForResource";
const _LTFRR = "ListTagsForResourceRequest";
const _LTFRRi = "ListTagsForResourceResponse";
const _LTo = "LogType";
const _LUT = "LastUpdateTimestamp";
const _LWACL = "ListWebACLs";
const _LWACLR = "ListWebACLsRequest";
const _LWACLRi = "ListWebACLsResponse";
const _La = "Label";
const _Lab = "Labels";
const _M = "Message";
const _MA = "MonetizeAction";
const _MBFM = "ManagedByFirewallManager";
const _MC = "MonetizationConfig";
const _MF = "MonetizationFilter";
const _MFL = "MonetizationFilterList";
const _MI = "MaxItems";
const _MKIPV = "ManagedKeysIPV4";
const _MKIPVa = "ManagedKeysIPV6";
const _MN = "MetricName";
const _MP = "MatchPattern";
const _MPD = "ManagedProductDescriptor";
const _MPDa = "ManagedProductDescriptors";
const _MPa = "ManagedProducts";
const _MRG = "ManagedRuleGroups";
const _MRGC = "ManagedRuleGroupConfig";
const _MRGCa = "ManagedRuleGroupConfigs";
const _MRGS = "ManagedRuleGroupStatement";
const _MRGSa = "ManagedRuleGroupSummary";
const _MRGSan = "ManagedRuleGroupSummaries";
const _MRGV = "ManagedRuleGroupVersion";
const _MRGVa = "ManagedRuleGroupVersions";
const _MRS = "ManagedRuleSet";
const _MRSN = "ManagedRuleSetName";
const _MRSS = "ManagedRuleSetSummary";
const _MRSSa = "ManagedRuleSetSummaries";
const _MRSV = "ManagedRuleSetVersion";
const _MRSa = "ManagedRuleSets";
const _MS = "MatchScope";
const _MSC = "MonetizeServedCount";
const _MSR = "MobileSdkRelease";
const _Me = "Method";
const _Mo = "Monetize";
const _N = "Name";
const _NA = "NoneAction";
const _NLT = "NextLockToken";
const _NM = "NextMarker";
const _NOTTBPP = "NumberOfTopTrafficBotsPerPath";
const _NS = "NotStatement";
const _NWACLLT = "NextWebACLLockToken";
const _Na = "Namespace";
const _Ne = "Network";
const _No = "None";
const _O = "Organization";
const _OA = "OverrideAction";
const _OAv = "OverriddenAction";
const _OH = "OversizeHandling";
const _OS = "OrStatement";
const _OSDDSPC = "OnSourceDDoSProtectionConfig";
const _P = "Parameter";
const _PA = "PayerAddress";
const _PC = "PositionalConstraint";
const _PD = "ProductDescription";
const _PF = "PasswordField";
const _PI = "ProductId";
const _PL = "ProductLink";
const _PLC = "PutLoggingConfiguration";
const _PLCR = "PutLoggingConfigurationRequest";
const _PLCRu = "PutLoggingConfigurationResponse";
const _PM = "PriceMultiplier";
const _PMRSV = "PutManagedRuleSetVersions";
const _PMRSVR = "PutManagedRuleSetVersionsRequest";
const _PMRSVRu = "PutManagedRuleSetVersionsResponse";
const _PN = "PaymentNetworks";
const _PNF = "PhoneNumberField";
const _PNFh = "PhoneNumberFields";
const _PNa = "PaymentNetwork";
const _PPFMRG = "PreProcessFirewallManagerRuleGroups";
const _PPFMRGo = "PostProcessFirewallManagerRuleGroups";
const _PPP = "PutPermissionPolicy";
const _PPPR = "PutPermissionPolicyRequest";
const _PPPRu = "PutPermissionPolicyResponse";
const _PPTT = "PreParseTextTransformations";
const _PPTTr = "PreParseTextTransformation";
const _PS = "PopulationSize";
const _PSL = "PathStatisticsList";
const _PSa = "PathStatistics";
const _PT = "ProductTitle";
const _PTa = "PayloadType";
const _PTu = "PublishTimestamp";
const _PV = "PublishedVersions";
const _Pa = "Path";
const _Pe = "Percentage";
const _Pl = "Platform";
const _Po = "Policy";
const _Pos = "Position";
const _Pr = "Priority";
const _Pri = "Prices";
const _Pric = "Price";
const _QA = "QueryArgument";
const _QS = "QueryString";
const _R = "Reason";
const _RA = "ResourceArn";
const _RAO = "RuleActionOverrides";
const _RAOu = "RuleActionOverride";
const _RARN = "ResourceARN";
const _RAe = "ResourceArns";
const _RAu = "RuleAction";
const _RB = "RequestBody";
const _RBARTC = "RequestBodyAssociatedResourceTypeConfig";
const _RBFM = "RetrofittedByFirewallManager";
const _RBS = "RateBasedStatement";
const _RBSCK = "RateBasedStatementCustomKey";
const _RBSCKa = "RateBasedStatementCustomKeys";
const _RBSMKIPS = "RateBasedStatementManagedKeysIPSet";
const _RBe = "RevenueBreakdown";
const _RC = "RequestCount";
const _RCS = "ResponseCodeSent";
const _RCe = "ResponseCode";
const _REL = "RegularExpressionList";
const _RF = "RedactedFields";
const _RG = "RuleGroup";
const _RGRN = "RuleGroupRuleName";
const _RGRS = "RuleGroupReferenceStatement";
const _RGS = "RuleGroupSummary";
const _RGSu = "RuleGroupSummaries";
const _RGu = "RuleGroups";
const _RH = "ResponseHeaders";
const _RHI = "RequestHeadersInserted";
const _RI = "RequestInspection";
const _RIACFP = "RequestInspectionACFP";
const _RIBC = "ResponseInspectionBodyContains";
const _RIH = "ResponseInspectionHeader";
const _RIJ = "ResponseInspectionJson";
const _RISC = "ResponseInspectionStatusCode";
const _RIe = "ResponseInspection";
const _RIeq = "RequestId";
const _RL = "RuleLabels";
const _RLA = "RateLimitAsn";
const _RLC = "RateLimitCookie";
const _RLFIP = "RateLimitForwardedIP";
const _RLH = "RateLimitHeader";
const _RLHTTPM = "RateLimitHTTPMethod";
const _RLIP = "RateLimitIP";
const _RLJAF = "RateLimitJA3Fingerprint";
const _RLJAFa = "RateLimitJA4Fingerprint";
const _RLLN = "RateLimitLabelNamespace";
const _RLQA = "RateLimitQueryArgument";
const _RLQS = "RateLimitQueryString";
const _RLUP = "RateLimitUriPath";
const _RMN = "RuleMetricName";
const _RMS = "RegexMatchStatement";
const _RN = "RuleName";
const _RNWRG = "RuleNameWithinRuleGroup";
const _RNe = "ReleaseNotes";
const _RPP = "RegistrationPagePath";
const _RPPe = "RequiredPricingPlan";
const _RPS = "RegexPatternSet";
const _RPSL = "RevenuePathStatisticsList";
const _RPSRS = "RegexPatternSetReferenceStatement";
const _RPSS = "RegexPatternSetSummary";
const _RPSSe = "RegexPatternSetSummaries";
const _RPSe = "RevenuePathStatistics";
const _RPSeg = "RegexPatternSets";
const _RS = "ReleaseSummaries";
const _RSe = "RegexString";
const _RSel = "ReleaseSummary";
const _RSu = "RuleSummary";
const _RSul = "RuleSummaries";
const _RT = "ResourceType";
const _RTe = "RequestTimestamp";
const _RV = "ReleaseVersion";
const _RVe = "RecommendedVersion";
const _Re = "Requirement";
const _Reg = "Regex";
const _Req = "Request";
const _Ru = "Rules";
const _Rul = "Rule";
const _S = "Statements";
const _SB = "SortBy";
const _SC = "SettledCount";
const _SCS = "SizeConstraintStatement";
const _SCo = "SourceCategory";
const _SCt = "StatusCode";
const _SCu = "SuccessCodes";
const _SDS = "ScopeDownStatement";
const _SH = "SingleHeader";
const _SHTTPR = "SampledHTTPRequest";
const _SHTTPRa = "SampledHTTPRequests";
const _SL = "SensitivityLevel";
const _SMS = "SqliMatchStatement";
const _SN = "SourceName";
const _SO = "SortOrder";
const _SQA = "SingleQueryArgument";
const _SR = "SampledRequests";
const _SRE = "SampledRequestsEnabled";
const _SRL = "SettlementRecordList";
const _SRe = "SettlementRecord";
const _SS = "SearchString";
const _SSL = "SourceStatisticsList";
const _SSo = "SourceStatistics";
const _SSu = "SuccessStrings";
const _ST = "SourceType";
const _STA = "SnsTopicArn";
const _STB = "SensitivityToBlock";
const _STo = "SolveTimestamp";
const _STt = "StatisticType";
const _STta = "StartTime";
const _SV = "SuccessValues";
const _Sc = "Scope";
const _Se = "Sensitivity";
const _Set = "Settlements";
const _Si = "Size";
const _So = "Source";
const _St = "Statement";
const _Sta = "Status";
const _Su = "Summary";
const _T = "Tags";
const _TA = "TotalAmount";
const _TB = "TopBots";
const _TC = "TopCategories";
const _TD = "TokenDomains";
const _TI = "TransactionId";
const _TIFR = "TagInfoForResource";
const _TK = "TagKeys";
const _TL = "TagList";
const _TMS = "TotalMonetizeServed";
const _TR = "TagResource";
const _TRC = "TotalRequestCount";
const _TRR = "TagResourceRequest";
const _TRRa = "TagResourceResponse";
const _TS = "TotalSettled";
const _TT = "TextTransformations";
const _TTe = "TextTransformation";
const _TW = "TimeWindow";
const _Ta = "Tag";
const _Ti = "Timestamp";
const _Ty = "Type";
const _U = "Url";
const _UA = "UnverifiedAmount";
const _UF = "UriFragment";
const _UFs = "UsernameField";
const _UIPS = "UpdateIPSet";
const _UIPSR = "UpdateIPSetRequest";
const _UIPSRp = "UpdateIPSetResponse";
const _UMRSVED = "UpdateManagedRuleSetVersionExpiryDate";
const _UMRSVEDR = "UpdateManagedRuleSetVersionExpiryDateRequest";
const _UMRSVEDRp = "UpdateManagedRuleSetVersionExpiryDateResponse";
const _UOA = "UsageOfAction";
const _UP = "UriPath";
const _UPP = "UriPathPrefix";
const _UR = "UntagResource";
const _URG = "UpdateRuleGroup";
const _URGR = "UpdateRuleGroupRequest";
const _URGRp = "UpdateRuleGroupResponse";
const _URI = "URI";
const _URPS = "UpdateRegexPatternSet";
const _URPSR = "UpdateRegexPatternSetRequest";
const _URPSRp = "UpdateRegexPatternSetResponse";
const _URR = "UntagResourceRequest";
const _URRn = "UntagResourceResponse";
const _UWACL = "UpdateWebACL";
const _UWACLR = "UpdateWebACLRequest";
const _UWACLRp = "UpdateWebACLResponse";
const _V = "Version";
const _VA = "VerifiedAmount";
const _VC = "VisibilityConfig";
const _VN = "VendorName";
const _VNe = "VersionName";
const _VS = "VersioningSupported";
const _VTE = "VersionToExpire";
const _VTP = "VersionsToPublish";
const _VTPe = "VersionToPublish";
const _Va = "Values";
const _Val = "Value";
const _Ve = "Versions";
const _Ver = "Verified";
const _W = "Weight";
const _WA = "WalletAddress";
const _WAA = "WebAclArn";
const _WACL = "WebACL";
const _WACLA = "WebACLArn";
const _WACLI = "WebACLId";
const _WACLLT = "WebACLLockToken";
const _WACLN = "WebACLName";
const _WACLS = "WebACLSummary";
const _WACLSe = "WebACLSummaries";
const _WACLe = "WebACLs";
const _WAFAIE = "WAFAssociatedItemException";
const _WAFCWE = "WAFConfigurationWarningException";
const _WAFDIE = "WAFDuplicateItemException";
const _WAFEMRGVE = "WAFExpiredManagedRuleGroupVersionException";
const _WAFFNIIPPE = "WAFFeatureNotIncludedInPricingPlanException";
const _WAFIEE = "WAFInternalErrorException";
const _WAFIOE = "WAFInvalidOperationException";
const _WAFIPE = "WAFInvalidParameterException";
const _WAFIPPE = "WAFInvalidPermissionPolicyException";
const _WAFIRE = "WAFInvalidResourceException";
const _WAFLDPIE = "WAFLogDestinationPermissionIssueException";
const _WAFLEE = "WAFLimitsExceededException";
const _WAFNIE = "WAFNonexistentItemException";
const _WAFOLE = "WAFOptimisticLockException";
const _WAFSLREE = "WAFServiceLinkedRoleErrorException";
const _WAFSNFE = "WAFSubscriptionNotFoundException";
const _WAFTOE = "WAFTagOperationException";
const _WAFTOIEE = "WAFTagOperationInternalErrorException";
const _WAFUAKTE = "WAFUnsupportedAggregateKeyTypeException";
const _WAFUEE = "WAFUnavailableEntityException";
const _XMS = "XssMatchStatement";
const _c = "client";
const _e = "error";
const _m = "message";
const _s = "smithy.ts.sdk.synthetic.com.amazonaws.wafv2";
const _se = "server";
const n0 = "com.amazonaws.wafv2";
const _s_registry = new TypeRegistry(_s);
var WAFV2ServiceException$ = [-3, _s, "WAFV2ServiceException", 0, [], []];
_s_registry.registerError(WAFV2ServiceException$, WAFV2ServiceException);
const n0_registry = new TypeRegistry(n0);
var WAFAssociatedItemException$ = [-3, n0, _WAFAIE,
    { [_e]: _c },
    [_M],
    [0]
];
n0_registry.registerError(WAFAssociatedItemException$, WAFAssociatedItemException);
var WAFConfigurationWarningException$ = [-3, n0, _WAFCWE,
    { [_e]: _c },
    [_M],
    [0]
];
n0_registry.registerError(WAFConfigurationWarningException$, WAFConfigurationWarningException);
var WAFDuplicateItemException$ = [-3, n0, _WAFDIE,
    { [_e]: _c },
    [_M],
    [0]
];
n0_registry.registerError(WAFDuplicateItemException$, WAFDuplicateItemException);
var WAFExpiredManagedRuleGroupVersionException$ = [-3, n0, _WAFEMRGVE,
    { [_e]: _c },
    [_M],
    [0]
];
n0_registry.registerError(WAFExpiredManagedRuleGroupVersionException$, WAFExpiredManagedRuleGroupVersionException);
var WAFFeatureNotIncludedInPricingPlanException$ = [-3, n0, _WAFFNIIPPE,
    { [_e]: _c },
    [_M, _DF],
    [0, () => DisallowedFeatures]
];
n0_registry.registerError(WAFFeatureNotIncludedInPricingPlanException$, WAFFeatureNotIncludedInPricingPlanException);
var WAFInternalErrorException$ = [-3, n0, _WAFIEE,
    { [_e]: _se },
    [_M],
    [0]
];
n0_registry.registerError(WAFInternalErrorException$, WAFInternalErrorException);
var WAFInvalidOperationException$ = [-3, n0, _WAFIOE,
    { [_e]: _c },
    [_M],
    [0]
];
n0_registry.registerError(WAFInvalidOperationException$, WAFInvalidOperationException);
var WAFInvalidParameterException$ = [-3, n0, _WAFIPE,
    { [_e]: _c },
    [_m, _F, _P, _R],
    [0, 0, 0, 0]
];
n0_registry.registerError(WAFInvalidParameterException$, WAFInvalidParameterException);
var WAFInvalidPermissionPolicyException$ = [-3, n0, _WAFIPPE,
    { [_e]: _c },
    [_M],
    [0]
];
n0_registry.registerError(WAFInvalidPermissionPolicyException$, WAFInvalidPermissionPolicyException);
var WAFInvalidResourceException$ = [-3, n0, _WAFIRE,
    { [_e]: _c },
    [_M],
    [0]
];
n0_registry.registerError(WAFInvalidResourceException$, WAFInvalidResourceException);
var WAFLimitsExceededException$ = [-3, n0, _WAFLEE,
    { [_e]: _c },
    [_M, _ST],
    [0, 0]
];
n0_registry.registerError(WAFLimitsExceededException$, WAFLimitsExceededException);
var WAFLogDestinationPermissionIssueException$ = [-3, n0, _WAFLDPIE,
    { [_e]: _c },
    [_M],
    [0]
];
n0_registry.registerError(WAFLogDestinationPermissionIssueException$, WAFLogDestinationPermissionIssueException);
var WAFNonexistentItemException$ = [-3, n0, _WAFNIE,
    { [_e]: _c },
    [_M],
    [0]
];
n0_registry.registerError(WAFNonexistentItemException$, WAFNonexistentItemException);
var WAFOptimisticLockException$ = [-3, n0, _WAFOLE,
    { [_e]: _c },
    [_M],
    [0]
];
n0_registry.registerError(WAFOptimisticLockException$, WAFOptimisticLockException);
var WAFServiceLinkedRoleErrorException$ = [-3, n0, _WAFSLREE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(WAFServiceLinkedRoleErrorException$, WAFServiceLinkedRoleErrorException);
var WAFSubscriptionNotFoundException$ = [-3, n0, _WAFSNFE,
    { [_e]: _c },
    [_M],
    [0]
];
n0_registry.registerError(WAFSubscriptionNotFoundException$, WAFSubscriptionNotFoundException);
var WAFTagOperationException$ = [-3, n0, _WAFTOE,
    { [_e]: _c },
    [_M],
    [0]
];
n0_registry.registerError(WAFTagOperationException$, WAFTagOperationException);
var WAFTagOperationInternalErrorException$ = [-3, n0, _WAFTOIEE,
    { [_e]: _se },
    [_M],
    [0]
];
n0_registry.registerError(WAFTagOperationInternalErrorException$, WAFTagOperationInternalErrorException);
var WAFUnavailableEntityException$ = [-3, n0, _WAFUEE,
    { [_e]: _c },
    [_M],
    [0]
];
n0_registry.registerError(WAFUnavailableEntityException$, WAFUnavailableEntityException);
var WAFUnsupportedAggregateKeyTypeException$ = [-3, n0, _WAFUAKTE,
    { [_e]: _c },
    [_M],
    [0]
];
n0_registry.registerError(WAFUnsupportedAggregateKeyTypeException$, WAFUnsupportedAggregateKeyTypeException);
const errorTypeRegistries = [
    _s_registry,
    n0_registry,
];
var ActionCondition$ = [3, n0, _AC,
    0,
    [_A],
    [0], 1
];
var AddressField$ = [3, n0, _AF,
    0,
    [_I],
    [0], 1
];
var All$ = [3, n0, _Al,
    0,
    [],
    []
];
var AllowAction$ = [3, n0, _AA,
    0,
    [_CRH],
    [() => CustomRequestHandling$]
];
var AllQueryArguments$ = [3, n0, _AQA,
    0,
    [],
    []
];
var AndStatement$ = [3, n0, _AS,
    0,
    [_S],
    [() => Statements], 1
];
var APIKeySummary$ = [3, n0, _APIKS,
    0,
    [_TD, _APIK, _CT, _V],
    [64 | 0, 0, 4, 1]
];
var ApplicationAttribute$ = [3, n0, _AAp,
    0,
    [_N, _Va],
    [0, 64 | 0]
];
var ApplicationConfig$ = [3, n0, _ACp,
    0,
    [_At],
    [() => ApplicationAttributes]
];
var AsnMatchStatement$ = [3, n0, _AMS,
    0,
    [_AL, _FIPC],
    [64 | 1, () => ForwardedIPConfig$], 1
];
var AssociateWebACLRequest$ = [3, n0, _AWACLR,
    0,
    [_WACLA, _RA],
    [0, 0], 2
];
var AssociateWebACLResponse$ = [3, n0, _AWACLRs,
    0,
    [],
    []
];
var AssociationConfig$ = [3, n0, _ACs,
    0,
    [_RB],
    [() => RequestBody]
];
var AWSManagedRulesACFPRuleSet$ = [3, n0, _AWSMRACFPRS,
    0,
    [_CP, _RPP, _RI, _RIe, _ERIP],
    [0, 0, () => RequestInspectionACFP$, () => ResponseInspection$, 2], 3
];
var AWSManagedRulesAntiDDoSRuleSet$ = [3, n0, _AWSMRADDSRS,
    0,
    [_CSAC, _STB],
    [() => ClientSideActionConfig$, 0], 1
];
var AWSManagedRulesATPRuleSet$ = [3, n0, _AWSMRATPRS,
    0,
    [_LP, _RI, _RIe, _ERIP],
    [0, () => RequestInspection$, () => ResponseInspection$, 2], 1
];
var AWSManagedRulesBotControlRuleSet$ = [3, n0, _AWSMRBCRS,
    0,
    [_IL, _EML],
    [0, 2], 1
];
var BlockAction$ = [3, n0, _BA,
    0,
    [_CR],
    [() => CustomResponse$]
];
var Body$ = [3, n0, _B,
    0,
    [_OH],
    [0]
];
var BotStatistics$ = [3, n0, _BS,
    0,
    [_BN, _RC, _Pe],
    [0, 1, 1], 3
];
var ByteMatchStatement$ = [3, n0, _BMS,
    0,
    [_SS, _FTM, _TT, _PC, _PPTT],
    [21, () => FieldToMatch$, () => TextTransformations, 0, () => PreParseTextTransformations], 4
];
var CaptchaAction$ = [3, n0, _CA,
    0,
    [_CRH],
    [() => CustomRequestHandling$]
];
var CaptchaConfig$ = [3, n0, _CC,
    0,
    [_ITP],
    [() => ImmunityTimeProperty$]
];
var CaptchaResponse$ = [3, n0, _CRa,
    0,
    [_RCe, _STo, _FR],
    [1, 1, 0]
];
var ChallengeAction$ = [3, n0, _CAh,
    0,
    [_CRH],
    [() => CustomRequestHandling$]
];
var ChallengeConfig$ = [3, n0, _CCh,
    0,
    [_ITP],
    [() => ImmunityTimeProperty$]
];
var ChallengeResponse$ = [3, n0, _CRh,
    0,
    [_RCe, _STo, _FR],
    [1, 1, 0]
];
var CheckCapacityRequest$ = [3, n0, _CCR,
    0,
    [_Sc, _Ru],
    [0, () => Rules], 2
];
var CheckCapacityResponse$ = [3, n0, _CCRh,
    0,
    [_C],
    [1]
];
var ClientSideAction$ = [3, n0, _CSA,
    0,
    [_UOA, _Se, _EURE],
    [0, 0, () => RegularExpressionList], 1
];
var ClientSideActionConfig$ = [3, n0, _CSAC,
    0,
    [_Ch],
    [() => ClientSideAction$], 1
];
var Condition$ = [3, n0, _Co,
    0,
    [_AC, _LNC],
    [() => ActionCondition$, () => LabelNameCondition$]
];
var CookieMatchPattern$ = [3, n0, _CMP,
    0,
    [_Al, _IC, _EC],
    [() => All$, 64 | 0, 64 | 0]
];
var Cookies$ = [3, n0, _Coo,
    0,
    [_MP, _MS, _OH],
    [() => CookieMatchPattern$, 0, 0], 3
];
var CountAction$ = [3, n0, _CAo,
    0,
    [_CRH],
    [() => CustomRequestHandling$]
];
var CreateAPIKeyRequest$ = [3, n0, _CAPIKR,
    0,
    [_Sc, _TD],
    [0, 64 | 0], 2
];
var CreateAPIKeyResponse$ = [3, n0, _CAPIKRr,
    0,
    [_APIK],
    [0]
];
var CreateIPSetRequest$ = [3, n0, _CIPSR,
    0,
    [_N, _Sc, _IPAV, _Ad, _D, _T],
    [0, 0, 0, 64 | 0, 0, () => TagList], 4
];
var CreateIPSetResponse$ = [3, n0, _CIPSRr,
    0,
    [_Su],
    [() => IPSetSummary$]
];
var CreateRegexPatternSetRequest$ = [3, n0, _CRPSR,
    0,
    [_N, _Sc, _REL, _D, _T],
    [0, 0, () => RegularExpressionList, 0, () => TagList], 3
];
var CreateRegexPatternSetResponse$ = [3, n0, _CRPSRr,
    0,
    [_Su],
    [() => RegexPatternSetSummary$]
];
var CreateRuleGroupRequest$ = [3, n0, _CRGR,
    0,
    [_N, _Sc, _C, _VC, _D, _Ru, _T, _CRB, _MC],
    [0, 0, 1, () => VisibilityConfig$, 0, () => Rules, () => TagList, () => CustomResponseBodies, () => MonetizationConfig$], 4
];
var CreateRuleGroupResponse$ = [3, n0, _CRGRr,
    0,
    [_Su],
    [() => RuleGroupSummary$]
];
var CreateWebACLRequest$ = [3, n0, _CWACLR,
    0,
    [_N, _Sc, _DA, _VC, _D, _Ru, _DPC, _T, _CRB, _CC, _CCh, _TD, _ACs, _OSDDSPC, _ACp, _MC],
    [0, 0, () => DefaultAction$, () => VisibilityConfig$, 0, () => Rules, () => DataProtectionConfig$, () => TagList, () => CustomResponseBodies, () => CaptchaConfig$, () => ChallengeConfig$, 64 | 0, () => AssociationConfig$, () => OnSourceDDoSProtectionConfig$, () => ApplicationConfig$, () => MonetizationConfig$], 4
];
var CreateWebACLResponse$ = [3, n0, _CWACLRr,
    0,
    [_Su],
    [() => WebACLSummary$]
];
var CryptoConfig$ = [3, n0, _CCr,
    0,
    [_PN],
    [() => PaymentNetworks], 1
];
var CustomHTTPHeader$ = [3, n0, _CHTTPH,
    0,
    [_N, _Val],
    [0, 0], 2
];
var CustomRequestHandling$ = [3, n0, _CRH,
    0,
    [_IH],
    [() => CustomHTTPHeaders], 1
];
var CustomResponse$ = [3, n0, _CR,
    0,
    [_RCe, _CRBK, _RH],
    [1, 0, () => CustomHTTPHeaders], 1
];
var CustomResponseBody$ = [3, n0, _CRBu,
    0,
    [_CTo, _Con],
    [0, 0], 2
];
var DataPointEntry$ = [3, n0, _DPE,
    0,
    [_Da, _MSC, _SC, _TA, _Ca, _In, _GBV],
    [4, 1, 1, 0, 0, 0, 0]
];
var DataProtection$ = [3, n0, _DP,
    0,
    [_F, _A, _ERMD, _ERBD],
    [() => FieldToProtect$, 0, 2, 2], 2
];
var DataProtectionConfig$ = [3, n0, _DPC,
    0,
    [_DPa],
    [() => DataProtections], 1
];
var DefaultAction$ = [3, n0, _DA,
    0,
    [_Bl, _All],
    [() => BlockAction$, () => AllowAction$]
];
var DeleteAPIKeyRequest$ = [3, n0, _DAPIKR,
    0,
    [_Sc, _APIK],
    [0, 0], 2
];
var DeleteAPIKeyResponse$ = [3, n0, _DAPIKRe,
    0,
    [],
    []
];
var DeleteFirewallManagerRuleGroupsRequest$ = [3, n0, _DFMRGR,
    0,
    [_WACLA, _WACLLT],
    [0, 0], 2
];
var DeleteFirewallManagerRuleGroupsResponse$ = [3, n0, _DFMRGRe,
    0,
    [_NWACLLT],
    [0]
];
var DeleteIPSetRequest$ = [3, n0, _DIPSR,
    0,
    [_N, _Sc, _Id, _LT],
    [0, 0, 0, 0], 4
];
var DeleteIPSetResponse$ = [3, n0, _DIPSRe,
    0,
    [],
    []
];
var DeleteLoggingConfigurationRequest$ = [3, n0, _DLCR,
    0,
    [_RA, _LTo, _LS],
    [0, 0, 0], 1
];
var DeleteLoggingConfigurationResponse$ = [3, n0, _DLCRe,
    0,
    [],
    []
];
var DeletePermissionPolicyRequest$ = [3, n0, _DPPR,
    0,
    [_RA],
    [0], 1
];
var DeletePermissionPolicyResponse$ = [3, n0, _DPPRe,
    0,
    [],
    []
];
var DeleteRegexPatternSetRequest$ = [3, n0, _DRPSR,
    0,
    [_N, _Sc, _Id, _LT],
    [0, 0, 0, 0], 4
];
var DeleteRegexPatternSetResponse$ = [3, n0, _DRPSRe,
    0,
    [],
    []
];
var DeleteRuleGroupRequest$ = [3, n0, _DRGR,
    0,
    [_N, _Sc, _Id, _LT],
    [0, 0, 0, 0], 4
];
var DeleteRuleGroupResponse$ = [3, n0, _DRGRe,
    0,
    [],
    []
];
var DeleteWebACLRequest$ = [3, n0, _DWACLR,
    0,
    [_N, _Sc, _Id, _LT],
    [0, 0, 0, 0], 4
];
var DeleteWebACLResponse$ = [3, n0, _DWACLRe,
    0,
    [],
    []
];
var DescribeAllManagedProductsRequest$ = [3, n0, _DAMPR,
    0,
    [_Sc],
    [0], 1
];
var DescribeAllManagedProductsResponse$ = [3, n0, _DAMPRe,
    0,
    [_MPa],
    [() => ManagedProductDescriptors]
];
var DescribeManagedProductsByVendorRequest$ = [3, n0, _DMPBVR,
    0,
    [_VN, _Sc],
    [0, 0], 2
];
var DescribeManagedProductsByVendorResponse$ = [3, n0, _DMPBVRe,
    0,
    [_MPa],
    [() => ManagedProductDescriptors]
];
var DescribeManagedRuleGroupRequest$ = [3, n0, _DMRGR,
    0,
    [_VN, _N, _Sc, _VNe],
    [0, 0, 0, 0], 3
];
var DescribeManagedRuleGroupResponse$ = [3, n0, _DMRGRe,
    0,
    [_VNe, _STA, _C, _Ru, _LN, _ALv, _CL],
    [0, 0, 1, () => RuleSummaries, 0, () => LabelSummaries, () => LabelSummaries]
];
var DisallowedFeature$ = [3, n0, _DFi,
    0,
    [_Fe, _RPPe],
    [0, 0]
];
var DisassociateWebACLRequest$ = [3, n0, _DWACLRi,
    0,
    [_RA],
    [0], 1
];
var DisassociateWebACLResponse$ = [3, n0, _DWACLRis,
    0,
    [],
    []
];
var EmailField$ = [3, n0, _EF,
    0,
    [_I],
    [0], 1
];
var ExcludedRule$ = [3, n0, _ER,
    0,
    [_N],
    [0], 1
];
var FieldToMatch$ = [3, n0, _FTM,
    0,
    [_SH, _SQA, _AQA, _UP, _QS, _B, _Me, _JB, _H, _Coo, _HO, _JAF, _JAFi, _UF],
    [() => SingleHeader$, () => SingleQueryArgument$, () => AllQueryArguments$, () => UriPath$, () => QueryString$, () => Body$, () => Method$, () => JsonBody$, () => Headers$, () => Cookies$, () => HeaderOrder$, () => JA3Fingerprint$, () => JA4Fingerprint$, () => UriFragment$]
];
var FieldToProtect$ = [3, n0, _FTP,
    0,
    [_FT, _FK],
    [0, 64 | 0], 1
];
var Filter$ = [3, n0, _Fi,
    0,
    [_Be, _Re, _Cond],
    [0, 0, () => Conditions], 3
];
var FilterSource$ = [3, n0, _FS,
    0,
    [_BC, _BO, _BN],
    [0, 0, 0]
];
var FirewallManagerRuleGroup$ = [3, n0, _FMRG,
    0,
    [_N, _Pr, _FMS, _OA, _VC],
    [0, 1, () => FirewallManagerStatement$, () => OverrideAction$, () => VisibilityConfig$], 5
];
var FirewallManagerStatement$ = [3, n0, _FMS,
    0,
    [_MRGS, _RGRS],
    [() => ManagedRuleGroupStatement$, () => RuleGroupReferenceStatement$]
];
var ForwardedIPConfig$ = [3, n0, _FIPC,
    0,
    [_HN, _FB],
    [0, 0], 2
];
var GenerateMobileSdkReleaseUrlRequest$ = [3, n0, _GMSRUR,
    0,
    [_Pl, _RV],
    [0, 0], 2
];
var GenerateMobileSdkReleaseUrlResponse$ = [3, n0, _GMSRURe,
    0,
    [_U],
    [0]
];
var GeoMatchStatement$ = [3, n0, _GMS,
    0,
    [_CCo, _FIPC],
    [64 | 0, () => ForwardedIPConfig$]
];
var GetDecryptedAPIKeyRequest$ = [3, n0, _GDAPIKR,
    0,
    [_Sc, _APIK],
    [0, 0], 2
];
var GetDecryptedAPIKeyResponse$ = [3, n0, _GDAPIKRe,
    0,
    [_TD, _CT],
    [64 | 0, 4]
];
var GetIPSetRequest$ = [3, n0, _GIPSR,
    0,
    [_N, _Sc, _Id],
    [0, 0, 0], 3
];
var GetIPSetResponse$ = [3, n0, _GIPSRe,
    0,
    [_IPS, _LT],
    [() => IPSet$, 0]
];
var GetLoggingConfigurationRequest$ = [3, n0, _GLCR,
    0,
    [_RA, _LTo, _LS],
    [0, 0, 0], 1
];
var GetLoggingConfigurationResponse$ = [3, n0, _GLCRe,
    0,
    [_LC],
    [() => LoggingConfiguration$]
];
var GetManagedRuleSetRequest$ = [3, n0, _GMRSR,
    0,
    [_N, _Sc, _Id],
    [0, 0, 0], 3
];
var GetManagedRuleSetResponse$ = [3, n0, _GMRSRe,
    0,
    [_MRS, _LT],
    [() => ManagedRuleSet$, 0]
];
var GetMobileSdkReleaseRequest$ = [3, n0, _GMSRR,
    0,
    [_Pl, _RV],
    [0, 0], 2
];
var GetMobileSdkReleaseResponse$ = [3, n0, _GMSRRe,
    0,
    [_MSR],
    [() => MobileSdkRelease$]
];
var GetPermissionPolicyRequest$ = [3, n0, _GPPR,
    0,
    [_RA],
    [0], 1
];
var GetPermissionPolicyResponse$ = [3, n0, _GPPRe,
    0,
    [_Po],
    [0]
];
var GetRateBasedStatementManagedKeysRequest$ = [3, n0, _GRBSMKR,
    0,
    [_Sc, _WACLN, _WACLI, _RN, _RGRN],
    [0, 0, 0, 0, 0], 4
];
var GetRateBasedStatementManagedKeysResponse$ = [3, n0, _GRBSMKRe,
    0,
    [_MKIPV, _MKIPVa],
    [() => RateBasedStatementManagedKeysIPSet$, () => RateBasedStatementManagedKeysIPSet$]
];
var GetRegexPatternSetRequest$ = [3, n0, _GRPSR,
    0,
    [_N, _Sc, _Id],
    [0, 0, 0], 3
];
var GetRegexPatternSetResponse$ = [3, n0, _GRPSRe,
    0,
    [_RPS, _LT],
    [() => RegexPatternSet$, 0]
];
var GetRevenueStatisticsRequest$ = [3, n0, _GRSR,
    0,
    [_STt, _TW, _Sc, _Cu, _GB, _Fil, _NM, _L, _SB, _SO],
    [0, () => TimeWindow$, 0, 0, 0, () => MonetizationFilterList, 0, 1, 0, 0], 4
];
var GetRevenueStatisticsResponse$ = [3, n0, _GRSRe,
    0,
    [_SSo, _RPSe, _NM],
    [() => SourceStatisticsList, () => RevenuePathStatisticsList, 0]
];
var GetRevenueStatisticsSummaryRequest$ = [3, n0, _GRSSR,
    0,
    [_TW, _Sc, _Cu, _Fil],
    [() => TimeWindow$, 0, 0, () => MonetizationFilterList], 3
];
var GetRevenueStatisticsSummaryResponse$ = [3, n0, _GRSSRe,
    0,
    [_RBe],
    [() => RevenueBreakdown$]
];
var GetRevenueStatisticsTimeSeriesRequest$ = [3, n0, _GRSTSR,
    0,
    [_STt, _TW, _Sc, _Int, _Cu, _GB, _Fil, _L, _NM],
    [0, () => TimeWindow$, 0, 0, 0, 0, () => MonetizationFilterList, 1, 0], 5
];
var GetRevenueStatisticsTimeSeriesResponse$ = [3, n0, _GRSTSRe,
    0,
    [_DPat, _NM],
    [() => DataPointsList, 0]
];
var GetRuleGroupRequest$ = [3, n0, _GRGR,
    0,
    [_N, _Sc, _Id, _ARN],
    [0, 0, 0, 0]
];
var GetRuleGroupResponse$ = [3, n0, _GRGRe,
    0,
    [_RG, _LT],
    [() => RuleGroup$, 0]
];
var GetSampledRequestsRequest$ = [3, n0, _GSRR,
    0,
    [_WAA, _RMN, _Sc, _TW, _MI],
    [0, 0, 0, () => TimeWindow$, 1], 5
];
var GetSampledRequestsResponse$ = [3, n0, _GSRRe,
    0,
    [_SR, _PS, _TW],
    [() => SampledHTTPRequests, 1, () => TimeWindow$]
];
var GetTopPathStatisticsByTrafficRequest$ = [3, n0, _GTPSBTR,
    0,
    [_WAA, _Sc, _TW, _L, _NOTTBPP, _UPP, _BC, _BO, _BN, _NM],
    [0, 0, () => TimeWindow$, 1, 1, 0, 0, 0, 0, 0], 5
];
var GetTopPathStatisticsByTrafficResponse$ = [3, n0, _GTPSBTRe,
    0,
    [_PSa, _TRC, _NM, _TC],
    [() => PathStatisticsList, 1, 0, () => PathStatisticsList], 2
];
var GetWebACLForResourceRequest$ = [3, n0, _GWACLFRR,
    0,
    [_RA],
    [0], 1
];
var GetWebACLForResourceResponse$ = [3, n0, _GWACLFRRe,
    0,
    [_WACL],
    [() => WebACL$]
];
var GetWebACLRequest$ = [3, n0, _GWACLR,
    0,
    [_N, _Sc, _Id, _ARN],
    [0, 0, 0, 0]
];
var GetWebACLResponse$ = [3, n0, _GWACLRe,
    0,
    [_WACL, _LT, _AIURL],
    [() => WebACL$, 0, 0]
];
var HeaderMatchPattern$ = [3, n0, _HMP,
    0,
    [_Al, _IHn, _EH],
    [() => All$, 64 | 0, 64 | 0]
];
var HeaderOrder$ = [3, n0, _HO,
    0,
    [_OH],
    [0], 1
];
var Headers$ = [3, n0, _H,
    0,
    [_MP, _MS, _OH],
    [() => HeaderMatchPattern$, 0, 0], 3
];
var HTTPHeader$ = [3, n0, _HTTPH,
    0,
    [_N, _Val],
    [0, 0]
];
var HTTPRequest$ = [3, n0, _HTTPR,
    0,
    [_CIP, _Cou, _URI, _Me, _HTTPV, _H],
    [0, 0, 0, 0, 0, () => HTTPHeaders]
];
var ImmunityTimeProperty$ = [3, n0, _ITP,
    0,
    [_IT],
    [1], 1
];
var IPSet$ = [3, n0, _IPS,
    0,
    [_N, _Id, _ARN, _IPAV, _Ad, _D],
    [0, 0, 0, 0, 64 | 0, 0], 5
];
var IPSetForwardedIPConfig$ = [3, n0, _IPSFIPC,
    0,
    [_HN, _FB, _Pos],
    [0, 0, 0], 3
];
var IPSetReferenceStatement$ = [3, n0, _IPSRS,
    0,
    [_ARN, _IPSFIPC],
    [0, () => IPSetForwardedIPConfig$], 1
];
var IPSetSummary$ = [3, n0, _IPSS,
    0,
    [_N, _Id, _D, _LT, _ARN],
    [0, 0, 0, 0, 0]
];
var JA3Fingerprint$ = [3, n0, _JAF,
    0,
    [_FB],
    [0], 1
];
var JA4Fingerprint$ = [3, n0, _JAFi,
    0,
    [_FB],
    [0], 1
];
var JsonBody$ = [3, n0, _JB,
    0,
    [_MP, _MS, _IFB, _OH],
    [() => JsonMatchPattern$, 0, 0, 0], 2
];
var JsonMatchPattern$ = [3, n0, _JMP,
    0,
    [_Al, _IP],
    [() => All$, 64 | 0]
];
var Label$ = [3, n0, _La,
    0,
    [_N],
    [0], 1
];
var LabelMatchStatement$ = [3, n0, _LMS,
    0,
    [_Sc, _K],
    [0, 0], 2
];
var LabelNameCondition$ = [3, n0, _LNC,
    0,
    [_LNa],
    [0], 1
];
var LabelSummary$ = [3, n0, _LSa,
    0,
    [_N],
    [0]
];
var ListAPIKeysRequest$ = [3, n0, _LAPIKR,
    0,
    [_Sc, _NM, _L],
    [0, 0, 1], 1
];
var ListAPIKeysResponse$ = [3, n0, _LAPIKRi,
    0,
    [_NM, _APIKSe, _AIURL],
    [0, () => APIKeySummaries, 0]
];
var ListAvailableManagedRuleGroupsRequest$ = [3, n0, _LAMRGR,
    0,
    [_Sc, _NM, _L],
    [0, 0, 1], 1
];
var ListAvailableManagedRuleGroupsResponse$ = [3, n0, _LAMRGRi,
    0,
    [_NM, _MRG],
    [0, () => ManagedRuleGroupSummaries]
];
var ListAvailableManagedRuleGroupVersionsRequest$ = [3, n0, _LAMRGVR,
    0,
    [_VN, _N, _Sc, _NM, _L],
    [0, 0, 0, 0, 1], 3
];
var ListAvailableManagedRuleGroupVersionsResponse$ = [3, n0, _LAMRGVRi,
    0,
    [_NM, _Ve, _CDV],
    [0, () => ManagedRuleGroupVersions, 0]
];
var ListIPSetsRequest$ = [3, n0, _LIPSR,
    0,
    [_Sc, _NM, _L],
    [0, 0, 1], 1
];
var ListIPSetsResponse$ = [3, n0, _LIPSRi,
    0,
    [_NM, _IPSe],
    [0, () => IPSetSummaries]
];
var ListLoggingConfigurationsRequest$ = [3, n0, _LLCR,
    0,
    [_Sc, _NM, _L, _LS],
    [0, 0, 1, 0], 1
];
var ListLoggingConfigurationsResponse$ = [3, n0, _LLCRi,
    0,
    [_LCo, _NM],
    [() => LoggingConfigurations, 0]
];
var ListManagedRuleSetsRequest$ = [3, n0, _LMRSR,
    0,
    [_Sc, _NM, _L],
    [0, 0, 1], 1
];
var ListManagedRuleSetsResponse$ = [3, n0, _LMRSRi,
    0,
    [_NM, _MRSa],
    [0, () => ManagedRuleSetSummaries]
];
var ListMobileSdkReleasesRequest$ = [3, n0, _LMSRR,
    0,
    [_Pl, _NM, _L],
    [0, 0, 1], 1
];
var ListMobileSdkReleasesResponse$ = [3, n0, _LMSRRi,
    0,
    [_RS, _NM],
    [() => ReleaseSummaries, 0]
];
var ListRegexPatternSetsRequest$ = [3, n0, _LRPSR,
    0,
    [_Sc, _NM, _L],
    [0, 0, 1], 1
];
var ListRegexPatternSetsResponse$ = [3, n0, _LRPSRi,
    0,
    [_NM, _RPSeg],
    [0, () => RegexPatternSetSummaries]
];
var ListResourcesForWebACLRequest$ = [3, n0, _LRFWACLR,
    0,
    [_WACLA, _RT],
    [0, 0], 1
];
var ListResourcesForWebACLResponse$ = [3, n0, _LRFWACLRi,
    0,
    [_RAe],
    [64 | 0]
];
var ListRuleGroupsRequest$ = [3, n0, _LRGR,
    0,
    [_Sc, _NM, _L],
    [0, 0, 1], 1
];
var ListRuleGroupsResponse$ = [3, n0, _LRGRi,
    0,
    [_NM, _RGu],
    [0, () => RuleGroupSummaries]
];
var ListSettlementRecordsRequest$ = [3, n0, _LSRR,
    0,
    [_TW, _Sc, _Cu, _Fil, _SB, _SO, _L, _NM],
    [() => TimeWindow$, 0, 0, () => MonetizationFilterList, 0, 0, 1, 0], 3
];
var ListSettlementRecordsResponse$ = [3, n0, _LSRRi,
    0,
    [_Set, _NM],
    [() => SettlementRecordList, 0]
];
var ListTagsForResourceRequest$ = [3, n0, _LTFRR,
    0,
    [_RARN, _NM, _L],
    [0, 0, 1], 1
];
var ListTagsForResourceResponse$ = [3, n0, _LTFRRi,
    0,
    [_NM, _TIFR],
    [0, () => TagInfoForResource$]
];
var ListWebACLsRequest$ = [3, n0, _LWACLR,
    0,
    [_Sc, _NM, _L],
    [0, 0, 1], 1
];
var ListWebACLsResponse$ = [3, n0, _LWACLRi,
    0,
    [_NM, _WACLe],
    [0, () => WebACLSummaries]
];
var LoggingConfiguration$ = [3, n0, _LC,
    0,
    [_RA, _LDC, _RF, _MBFM, _LF, _LTo, _LS],
    [0, 64 | 0, () => RedactedFields, 2, () => LoggingFilter$, 0, 0], 2
];
var LoggingFilter$ = [3, n0, _LF,
    0,
    [_Fil, _DB],
    [() => Filters, 0], 2
];
var ManagedProductDescriptor$ = [3, n0, _MPD,
    0,
    [_VN, _MRSN, _PI, _PL, _PT, _PD, _STA, _IVS, _IAMRS],
    [0, 0, 0, 0, 0, 0, 0, 2, 2]
];
var ManagedRuleGroupConfig$ = [3, n0, _MRGC,
    0,
    [_LP, _PTa, _UFs, _PF, _AWSMRBCRS, _AWSMRATPRS, _AWSMRACFPRS, _AWSMRADDSRS],
    [0, 0, () => UsernameField$, () => PasswordField$, () => AWSManagedRulesBotControlRuleSet$, () => AWSManagedRulesATPRuleSet$, () => AWSManagedRulesACFPRuleSet$, () => AWSManagedRulesAntiDDoSRuleSet$]
];
var ManagedRuleGroupStatement$ = [3, n0, _MRGS,
    0,
    [_VN, _N, _V, _ERx, _SDS, _MRGCa, _RAO],
    [0, 0, 0, () => ExcludedRules, () => Statement$, () => ManagedRuleGroupConfigs, () => RuleActionOverrides], 2
];
var ManagedRuleGroupSummary$ = [3, n0, _MRGSa,
    0,
    [_VN, _N, _VS, _D],
    [0, 0, 2, 0]
];
var ManagedRuleGroupVersion$ = [3, n0, _MRGV,
    0,
    [_N, _LUT],
    [0, 4]
];
var ManagedRuleSet$ = [3, n0, _MRS,
    0,
    [_N, _Id, _ARN, _D, _PV, _RVe, _LN],
    [0, 0, 0, 0, () => PublishedVersions, 0, 0], 3
];
var ManagedRuleSetSummary$ = [3, n0, _MRSS,
    0,
    [_N, _Id, _D, _LT, _ARN, _LN],
    [0, 0, 0, 0, 0, 0]
];
var ManagedRuleSetVersion$ = [3, n0, _MRSV,
    0,
    [_ARGA, _C, _FL, _PTu, _LUT, _ET],
    [0, 1, 1, 4, 4, 4]
];
var Method$ = [3, n0, _Me,
    0,
    [],
    []
];
var MobileSdkRelease$ = [3, n0, _MSR,
    0,
    [_RV, _Ti, _RNe, _T],
    [0, 4, 0, () => TagList]
];
var MonetizationConfig$ = [3, n0, _MC,
    0,
    [_CCr, _CM],
    [() => CryptoConfig$, 0]
];
var MonetizationFilter$ = [3, n0, _MF,
    0,
    [_N, _Va],
    [0, 64 | 0], 2
];
var MonetizeAction$ = [3, n0, _MA,
    0,
    [_PM],
    [0]
];
var NoneAction$ = [3, n0, _NA,
    0,
    [],
    []
];
var NotStatement$ = [3, n0, _NS,
    0,
    [_St],
    [() => Statement$], 1
];
var OnSourceDDoSProtectionConfig$ = [3, n0, _OSDDSPC,
    0,
    [_ALBLRM],
    [0], 1
];
var OrStatement$ = [3, n0, _OS,
    0,
    [_S],
    [() => Statements], 1
];
var OverrideAction$ = [3, n0, _OA,
    0,
    [_Coun, _No],
    [() => CountAction$, () => NoneAction$]
];
var PasswordField$ = [3, n0, _PF,
    0,
    [_I],
    [0], 1
];
var PathStatistics$ = [3, n0, _PSa,
    0,
    [_Pa, _RC, _Pe, _So, _TB],
    [0, 1, 1, () => FilterSource$, () => BotStatisticsList], 3
];
var PaymentNetwork$ = [3, n0, _PNa,
    0,
    [_Cha, _WA, _Pri],
    [0, 0, () => Prices], 3
];
var PhoneNumberField$ = [3, n0, _PNF,
    0,
    [_I],
    [0], 1
];
var PreParseTextTransformation$ = [3, n0, _PPTTr,
    0,
    [_Pr, _Ty],
    [1, 0], 2
];
var Price$ = [3, n0, _Pric,
    0,
    [_Am, _Cu],
    [0, 0], 2
];
var PutLoggingConfigurationRequest$ = [3, n0, _PLCR,
    0,
    [_LC],
    [() => LoggingConfiguration$], 1
];
var PutLoggingConfigurationResponse$ = [3, n0, _PLCRu,
    0,
    [_LC],
    [() => LoggingConfiguration$]
];
var PutManagedRuleSetVersionsRequest$ = [3, n0, _PMRSVR,
    0,
    [_N, _Sc, _Id, _LT, _RVe, _VTP],
    [0, 0, 0, 0, 0, () => VersionsToPublish], 4
];
var PutManagedRuleSetVersionsResponse$ = [3, n0, _PMRSVRu,
    0,
    [_NLT],
    [0]
];
var PutPermissionPolicyRequest$ = [3, n0, _PPPR,
    0,
    [_RA, _Po],
    [0, 0], 2
];
var PutPermissionPolicyResponse$ = [3, n0, _PPPRu,
    0,
    [],
    []
];
var QueryString$ = [3, n0, _QS,
    0,
    [],
    []
];
var RateBasedStatement$ = [3, n0, _RBS,
    0,
    [_L, _AKT, _EWS, _SDS, _FIPC, _CK],
    [1, 0, 1, () => Statement$, () => ForwardedIPConfig$, () => RateBasedStatementCustomKeys], 2
];
var RateBasedStatementCustomKey$ = [3, n0, _RBSCK,
    0,
    [_He, _Cook, _QA, _QS, _HTTPM, _FIP, _IP_, _LN, _UP, _JAF, _JAFi, _ASN],
    [() => RateLimitHeader$, () => RateLimitCookie$, () => RateLimitQueryArgument$, () => RateLimitQueryString$, () => RateLimitHTTPMethod$, () => RateLimitForwardedIP$, () => RateLimitIP$, () => RateLimitLabelNamespace$, () => RateLimitUriPath$, () => RateLimitJA3Fingerprint$, () => RateLimitJA4Fingerprint$, () => RateLimitAsn$]
];
var RateBasedStatementManagedKeysIPSet$ = [3, n0, _RBSMKIPS,
    0,
    [_IPAV, _Ad],
    [0, 64 | 0]
];
var RateLimitAsn$ = [3, n0, _RLA,
    0,
    [],
    []
];
var RateLimitCookie$ = [3, n0, _RLC,
    0,
    [_N, _TT],
    [0, () => TextTransformations], 2
];
var RateLimitForwardedIP$ = [3, n0, _RLFIP,
    0,
    [],
    []
];
var RateLimitHeader$ = [3, n0, _RLH,
    0,
    [_N, _TT],
    [0, () => TextTransformations], 2
];
var RateLimitHTTPMethod$ = [3, n0, _RLHTTPM,
    0,
    [],
    []
];
var RateLimitIP$ = [3, n0, _RLIP,
    0,
    [],
    []
];
var RateLimitJA3Fingerprint$ = [3, n0, _RLJAF,
    0,
    [_FB],
    [0], 1
];
var RateLimitJA4Fingerprint$ = [3, n0, _RLJAFa,
    0,
    [_FB],
    [0], 1
];
var RateLimitLabelNamespace$ = [3, n0, _RLLN,
    0,
    [_Na],
    [0], 1
];
var RateLimitQueryArgument$ = [3, n0, _RLQA,
    0,
    [_N, _TT],
    [0, () => TextTransformations], 2
];
var RateLimitQueryString$ = [3, n0, _RLQS,
    0,
    [_TT],
    [() => TextTransformations], 1
];
var RateLimitUriPath$ = [3, n0, _RLUP,
    0,
    [_TT],
    [() => TextTransformations], 1
];
var Regex$ = [3, n0, _Reg,
    0,
    [_RSe],
    [0]
];
var RegexMatchStatement$ = [3, n0, _RMS,
    0,
    [_RSe, _FTM, _TT, _PPTT],
    [0, () => FieldToMatch$, () => TextTransformations, () => PreParseTextTransformations], 3
];
var RegexPatternSet$ = [3, n0, _RPS,
    0,
    [_N, _Id, _ARN, _D, _REL],
    [0, 0, 0, 0, () => RegularExpressionList]
];
var RegexPatternSetReferenceStatement$ = [3, n0, _RPSRS,
    0,
    [_ARN, _FTM, _TT, _PPTT],
    [0, () => FieldToMatch$, () => TextTransformations, () => PreParseTextTransformations], 3
];
var RegexPatternSetSummary$ = [3, n0, _RPSS,
    0,
    [_N, _Id, _D, _LT, _ARN],
    [0, 0, 0, 0, 0]
];
var ReleaseSummary$ = [3, n0, _RSel,
    0,
    [_RV, _Ti],
    [0, 4]
];
var RequestBodyAssociatedResourceTypeConfig$ = [3, n0, _RBARTC,
    0,
    [_DSIL],
    [0], 1
];
var RequestInspection$ = [3, n0, _RI,
    0,
    [_PTa, _UFs, _PF],
    [0, () => UsernameField$, () => PasswordField$], 3
];
var RequestInspectionACFP$ = [3, n0, _RIACFP,
    0,
    [_PTa, _UFs, _PF, _EF, _PNFh, _AFd],
    [0, () => UsernameField$, () => PasswordField$, () => EmailField$, () => PhoneNumberFields, () => AddressFields], 1
];
var ResponseInspection$ = [3, n0, _RIe,
    0,
    [_SCt, _He, _BCo, _J],
    [() => ResponseInspectionStatusCode$, () => ResponseInspectionHeader$, () => ResponseInspectionBodyContains$, () => ResponseInspectionJson$]
];
var ResponseInspectionBodyContains$ = [3, n0, _RIBC,
    0,
    [_SSu, _FSa],
    [64 | 0, 64 | 0], 2
];
var ResponseInspectionHeader$ = [3, n0, _RIH,
    0,
    [_N, _SV, _FV],
    [0, 64 | 0, 64 | 0], 3
];
var ResponseInspectionJson$ = [3, n0, _RIJ,
    0,
    [_I, _SV, _FV],
    [0, 64 | 0, 64 | 0], 3
];
var ResponseInspectionStatusCode$ = [3, n0, _RISC,
    0,
    [_SCu, _FC],
    [64 | 1, 64 | 1], 2
];
var RevenueBreakdown$ = [3, n0, _RBe,
    0,
    [_TA, _VA, _UA, _Cu, _TS, _TMS],
    [0, 0, 0, 0, 1, 1]
];
var RevenuePathStatistics$ = [3, n0, _RPSe,
    0,
    [_Pa, _Pe, _Am, _RC],
    [0, 1, 0, 1], 4
];
var Rule$ = [3, n0, _Rul,
    0,
    [_N, _Pr, _St, _VC, _A, _OA, _RL, _CC, _CCh],
    [0, 1, () => Statement$, () => VisibilityConfig$, () => RuleAction$, () => OverrideAction$, () => Labels, () => CaptchaConfig$, () => ChallengeConfig$], 4
];
var RuleAction$ = [3, n0, _RAu,
    0,
    [_Bl, _All, _Coun, _Cap, _Ch, _Mo],
    [() => BlockAction$, () => AllowAction$, () => CountAction$, () => CaptchaAction$, () => ChallengeAction$, () => MonetizeAction$]
];
var RuleActionOverride$ = [3, n0, _RAOu,
    0,
    [_N, _ATU],
    [0, () => RuleAction$], 2
];
var RuleGroup$ = [3, n0, _RG,
    0,
    [_N, _Id, _C, _ARN, _VC, _D, _Ru, _LN, _CRB, _ALv, _CL, _MC],
    [0, 0, 1, 0, () => VisibilityConfig$, 0, () => Rules, 0, () => CustomResponseBodies, () => LabelSummaries, () => LabelSummaries, () => MonetizationConfig$], 5
];
var RuleGroupReferenceStatement$ = [3, n0, _RGRS,
    0,
    [_ARN, _ERx, _RAO],
    [0, () => ExcludedRules, () => RuleActionOverrides], 1
];
var RuleGroupSummary$ = [3, n0, _RGS,
    0,
    [_N, _Id, _D, _LT, _ARN],
    [0, 0, 0, 0, 0]
];
var RuleSummary$ = [3, n0, _RSu,
    0,
    [_N, _A],
    [0, () => RuleAction$]
];
var SampledHTTPRequest$ = [3, n0, _SHTTPR,
    0,
    [_Req, _W, _Ti, _A, _RNWRG, _RHI, _RCS, _Lab, _CRa, _CRh, _OAv],
    [() => HTTPRequest$, 1, 4, 0, 0, () => HTTPHeaders, 1, () => Labels, () => CaptchaResponse$, () => ChallengeResponse$, 0], 2
];
var SettlementRecord$ = [3, n0, _SRe,
    0,
    [_Ti, _Sta, _Am, _PA, _WA, _Cu, _Ne, _TI, _RIeq, _SN, _O, _SCo, _In, _Ver, _CPo, _WAA, _RTe],
    [4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 4], 3
];
var SingleHeader$ = [3, n0, _SH,
    0,
    [_N],
    [0], 1
];
var SingleQueryArgument$ = [3, n0, _SQA,
    0,
    [_N],
    [0], 1
];
var SizeConstraintStatement$ = [3, n0, _SCS,
    0,
    [_FTM, _CO, _Si, _TT, _PPTT],
    [() => FieldToMatch$, 0, 1, () => TextTransformations, () => PreParseTextTransformations], 4
];
var SourceStatistics$ = [3, n0, _SSo,
    0,
    [_SN, _Pe, _Am, _RC, _SCo, _In, _O, _Ver, _GBV],
    [0, 1, 0, 1, 0, 0, 0, 2, 0], 4
];
var SqliMatchStatement$ = [3, n0, _SMS,
    0,
    [_FTM, _TT, _PPTT, _SL],
    [() => FieldToMatch$, () => TextTransformations, () => PreParseTextTransformations, 0], 2
];
var Statement$ = [3, n0, _St,
    0,
    [_BMS, _SMS, _XMS, _SCS, _GMS, _RGRS, _IPSRS, _RPSRS, _RBS, _AS, _OS, _NS, _MRGS, _LMS, _RMS, _AMS],
    [() => ByteMatchStatement$, () => SqliMatchStatement$, () => XssMatchStatement$, () => SizeConstraintStatement$, () => GeoMatchStatement$, () => RuleGroupReferenceStatement$, () => IPSetReferenceStatement$, () => RegexPatternSetReferenceStatement$, () => RateBasedStatement$, () => AndStatement$, () => OrStatement$, () => NotStatement$, () => ManagedRuleGroupStatement$, () => LabelMatchStatement$, () => RegexMatchStatement$, () => AsnMatchStatement$]
];
var Tag$ = [3, n0, _Ta,
    0,
    [_K, _Val],
    [0, 0], 2
];
var TagInfoForResource$ = [3, n0, _TIFR,
    0,
    [_RARN, _TL],
    [0, () => TagList]
];
var TagResourceRequest$ = [3, n0, _TRR,
    0,
    [_RARN, _T],
    [0, () => TagList], 2
];
var TagResourceResponse$ = [3, n0, _TRRa,
    0,
    [],
    []
];
var TextTransformation$ = [3, n0, _TTe,
    0,
    [_Pr, _Ty],
    [1, 0], 2
];
var TimeWindow$ = [3, n0, _TW,
    0,
    [_STta, _ETn],
    [4, 4], 2
];
var UntagResourceRequest$ = [3, n0, _URR,
    0,
    [_RARN, _TK],
    [0, 64 | 0], 2
];
var UntagResourceResponse$ = [3, n0, _URRn,
    0,
    [],
    []
];
var UpdateIPSetRequest$ = [3, n0, _UIPSR,
    0,
    [_N, _Sc, _Id, _Ad, _LT, _D],
    [0, 0, 0, 64 | 0, 0, 0], 5
];
var UpdateIPSetResponse$ = [3, n0, _UIPSRp,
    0,
    [_NLT],
    [0]
];
var UpdateManagedRuleSetVersionExpiryDateRequest$ = [3, n0, _UMRSVEDR,
    0,
    [_N, _Sc, _Id, _LT, _VTE, _ET],
    [0, 0, 0, 0, 0, 4], 6
];
var UpdateManagedRuleSetVersionExpiryDateResponse$ = [3, n0, _UMRSVEDRp,
    0,
    [_EV, _ET, _NLT],
    [0, 4, 0]
];
var UpdateRegexPatternSetRequest$ = [3, n0, _URPSR,
    0,
    [_N, _Sc, _Id, _REL, _LT, _D],
    [0, 0, 0, () => RegularExpressionList, 0, 0], 5
];
var UpdateRegexPatternSetResponse$ = [3, n0, _URPSRp,
    0,
    [_NLT],
    [0]
];
var UpdateRuleGroupRequest$ = [3, n0, _URGR,
    0,
    [_N, _Sc, _Id, _VC, _LT, _D, _Ru, _CRB, _MC],
    [0, 0, 0, () => VisibilityConfig$, 0, 0, () => Rules, () => CustomResponseBodies, () => MonetizationConfig$], 5
];
var UpdateRuleGroupResponse$ = [3, n0, _URGRp,
    0,
    [_NLT],
    [0]
];
var UpdateWebACLRequest$ = [3, n0, _UWACLR,
    0,
    [_N, _Sc, _Id, _DA, _VC, _LT, _D, _Ru, _DPC, _CRB, _CC, _CCh, _TD, _ACs, _OSDDSPC, _ACp, _MC],
    [0, 0, 0, () => DefaultAction$, () => VisibilityConfig$, 0, 0, () => Rules, () => DataProtectionConfig$, () => CustomResponseBodies, () => CaptchaConfig$, () => ChallengeConfig$, 64 | 0, () => AssociationConfig$, () => OnSourceDDoSProtectionConfig$, () => ApplicationConfig$, () => MonetizationConfig$], 6
];
var UpdateWebACLResponse$ = [3, n0, _UWACLRp,
    0,
    [_NLT],
    [0]
];
var UriFragment$ = [3, n0, _UF,
    0,
    [_FB],
    [0]
];
var UriPath$ = [3, n0, _UP,
    0,
    [],
    []
];
var UsernameField$ = [3, n0, _UFs,
    0,
    [_I],
    [0], 1
];
var VersionToPublish$ = [3, n0, _VTPe,
    0,
    [_ARGA, _FL],
    [0, 1]
];
var VisibilityConfig$ = [3, n0, _VC,
    0,
    [_SRE, _CWME, _MN],
    [2, 2, 0], 3
];
var WebACL$ = [3, n0, _WACL,
    0,
    [_N, _Id, _ARN, _DA, _VC, _D, _Ru, _DPC, _C, _PPFMRG, _PPFMRGo, _MBFM, _LN, _CRB, _CC, _CCh, _TD, _ACs, _RBFM, _OSDDSPC, _ACp, _MC],
    [0, 0, 0, () => DefaultAction$, () => VisibilityConfig$, 0, () => Rules, () => DataProtectionConfig$, 1, () => FirewallManagerRuleGroups, () => FirewallManagerRuleGroups, 2, 0, () => CustomResponseBodies, () => CaptchaConfig$, () => ChallengeConfig$, 64 | 0, () => AssociationConfig$, 2, () => OnSourceDDoSProtectionConfig$, () => ApplicationConfig$, () => MonetizationConfig$], 5
];
var WebACLSummary$ = [3, n0, _WACLS,
    0,
    [_N, _Id, _D, _LT, _ARN],
    [0, 0, 0, 0, 0]
];
var XssMatchStatement$ = [3, n0, _XMS,
    0,
    [_FTM, _TT, _PPTT],
    [() => FieldToMatch$, () => TextTransformations, () => PreParseTextTransformations], 2
];
var AddressFields = [1, n0, _AFd,
    0, () => AddressField$
];
var APIKeySummaries = [1, n0, _APIKSe,
    0, () => APIKeySummary$
];
var ApplicationAttributes = [1, n0, _AApp,
    0, () => ApplicationAttribute$
];
var BotStatisticsList = [1, n0, _BSL,
    0, () => BotStatistics$
];
var Conditions = [1, n0, _Cond,
    0, () => Condition$
];
var CustomHTTPHeaders = [1, n0, _CHTTPHu,
    0, () => CustomHTTPHeader$
];
var DataPointsList = [1, n0, _DPL,
    0, () => DataPointEntry$
];
var DataProtections = [1, n0, _DPa,
    0, () => DataProtection$
];
var DisallowedFeatures = [1, n0, _DF,
    0, () => DisallowedFeature$
];
var ExcludedRules = [1, n0, _ERx,
    0, () => ExcludedRule$
];
var Filters = [1, n0, _Fil,
    0, () => Filter$
];
var FirewallManagerRuleGroups = [1, n0, _FMRGi,
    0, () => FirewallManagerRuleGroup$
];
var HTTPHeaders = [1, n0, _HTTPHe,
    0, () => HTTPHeader$
];
var IPSetSummaries = [1, n0, _IPSSe,
    0, () => IPSetSummary$
];
var Labels = [1, n0, _Lab,
    0, () => Label$
];
var LabelSummaries = [1, n0, _LSab,
    0, () => LabelSummary$
];
var LoggingConfigurations = [1, n0, _LCo,
    0, () => LoggingConfiguration$
];
var ManagedProductDescriptors = [1, n0, _MPDa,
    0, () => ManagedProductDescriptor$
];
var ManagedRuleGroupConfigs = [1, n0, _MRGCa,
    0, () => ManagedRuleGroupConfig$
];
var ManagedRuleGroupSummaries = [1, n0, _MRGSan,
    0, () => ManagedRuleGroupSummary$
];
var ManagedRuleGroupVersions = [1, n0, _MRGVa,
    0, () => ManagedRuleGroupVersion$
];
var ManagedRuleSetSummaries = [1, n0, _MRSSa,
    0, () => ManagedRuleSetSummary$
];
var MonetizationFilterList = [1, n0, _MFL,
    0, () => MonetizationFilter$
];
var PathStatisticsList = [1, n0, _PSL,
    0, () => PathStatistics$
];
var PaymentNetworks = [1, n0, _PN,
    0, () => PaymentNetwork$
];
var PhoneNumberFields = [1, n0, _PNFh,
    0, () => PhoneNumberField$
];
var PreParseTextTransformations = [1, n0, _PPTT,
    0, () => PreParseTextTransformation$
];
var Prices = [1, n0, _Pri,
    0, () => Price$
];
var RateBasedStatementCustomKeys = [1, n0, _RBSCKa,
    0, () => RateBasedStatementCustomKey$
];
var RedactedFields = [1, n0, _RF,
    0, () => FieldToMatch$
];
var RegexPatternSetSummaries = [1, n0, _RPSSe,
    0, () => RegexPatternSetSummary$
];
var RegularExpressionList = [1, n0, _REL,
    0, () => Regex$
];
var ReleaseSummaries = [1, n0, _RS,
    0, () => ReleaseSummary$
];
var RevenuePathStatisticsList = [1, n0, _RPSL,
    0, () => RevenuePathStatistics$
];
var RuleActionOverrides = [1, n0, _RAO,
    0, () => RuleActionOverride$
];
var RuleGroupSummaries = [1, n0, _RGSu,
    0, () => RuleGroupSummary$
];
var Rules = [1, n0, _Ru,
    0, () => Rule$
];
var RuleSummaries = [1, n0, _RSul,
    0, () => RuleSummary$
];
var SampledHTTPRequests = [1, n0, _SHTTPRa,
    0, () => SampledHTTPRequest$
];
var SettlementRecordList = [1, n0, _SRL,
    0, () => SettlementRecord$
];
var SourceStatisticsList = [1, n0, _SSL,
    0, () => SourceStatistics$
];
var Statements = [1, n0, _S,
    0, () => Statement$
];
var TagList = [1, n0, _TL,
    0, () => Tag$
];
var TextTransformations = [1, n0, _TT,
    0, () => TextTransformation$
];
var WebACLSummaries = [1, n0, _WACLSe,
    0, () => WebACLSummary$
];
var CustomResponseBodies = [2, n0, _CRB,
    0, 0, () => CustomResponseBody$
];
var PublishedVersions = [2, n0, _PV,
    0, 0, () => ManagedRuleSetVersion$
];
var RequestBody = [2, n0, _RB,
    0, 0, () => RequestBodyAssociatedResourceTypeConfig$
];
var VersionsToPublish = [2, n0, _VTP,
    0, 0, () => VersionToPublish$
];
var AssociateWebACL$ = [9, n0, _AWACL,
    0, () => AssociateWebACLRequest$, () => AssociateWebACLResponse$
];
var CheckCapacity$ = [9, n0, _CChe,
    0, () => CheckCapacityRequest$, () => CheckCapacityResponse$
];
var CreateAPIKey$ = [9, n0, _CAPIK,
    0, () => CreateAPIKeyRequest$, () => CreateAPIKeyResponse$
];
var CreateIPSet$ = [9, n0, _CIPS,
    0, () => CreateIPSetRequest$, () => CreateIPSetResponse$
];
var CreateRegexPatternSet$ = [9, n0, _CRPS,
    0, () => CreateRegexPatternSetRequest$, () => CreateRegexPatternSetResponse$
];
var CreateRuleGroup$ = [9, n0, _CRG,
    0, () => CreateRuleGroupRequest$, () => CreateRuleGroupResponse$
];
var CreateWebACL$ = [9, n0, _CWACL,
    0, () => CreateWebACLRequest$, () => CreateWebACLResponse$
];
var DeleteAPIKey$ = [9, n0, _DAPIK,
    0, () => DeleteAPIKeyRequest$, () => DeleteAPIKeyResponse$
];
var DeleteFirewallManagerRuleGroups$ = [9, n0, _DFMRG,
    0, () => DeleteFirewallManagerRuleGroupsRequest$, () => DeleteFirewallManagerRuleGroupsResponse$
];
var DeleteIPSet$ = [9, n0, _DIPS,
    0, () => DeleteIPSetRequest$, () => DeleteIPSetResponse$
];
var DeleteLoggingConfiguration$ = [9, n0, _DLC,
    0, () => DeleteLoggingConfigurationRequest$, () => DeleteLoggingConfigurationResponse$
];
var DeletePermissionPolicy$ = [9, n0, _DPP,
    0, () => DeletePermissionPolicyRequest$, () => DeletePermissionPolicyResponse$
];
var DeleteRegexPatternSet$ = [9, n0, _DRPS,
    0, () => DeleteRegexPatternSetRequest$, () => DeleteRegexPatternSetResponse$
];
var DeleteRuleGroup$ = [9, n0, _DRG,
    0, () => DeleteRuleGroupRequest$, () => DeleteRuleGroupResponse$
];
var DeleteWebACL$ = [9, n0, _DWACL,
    0, () => DeleteWebACLRequest$, () => DeleteWebACLResponse$
];
var DescribeAllManagedProducts$ = [9, n0, _DAMP,
    0, () => DescribeAllManagedProductsRequest$, () => DescribeAllManagedProductsResponse$
];
var DescribeManagedProductsByVendor$ = [9, n0, _DMPBV,
    0, () => DescribeManagedProductsByVendorRequest$, () => DescribeManagedProductsByVendorResponse$
];
var DescribeManagedRuleGroup$ = [9, n0, _DMRG,
    0, () => DescribeManagedRuleGroupRequest$, () => DescribeManagedRuleGroupResponse$
];
var DisassociateWebACL$ = [9, n0, _DWACLi,
    0, () => DisassociateWebACLRequest$, () => DisassociateWebACLResponse$
];
var GenerateMobileSdkReleaseUrl$ = [9, n0, _GMSRU,
    0, () => GenerateMobileSdkReleaseUrlRequest$, () => GenerateMobileSdkReleaseUrlResponse$
];
var GetDecryptedAPIKey$ = [9, n0, _GDAPIK,
    0, () => GetDecryptedAPIKeyRequest$, () => GetDecryptedAPIKeyResponse$
];
var GetIPSet$ = [9, n0, _GIPS,
    0, () => GetIPSetRequest$, () => GetIPSetResponse$
];
var GetLoggingConfiguration$ = [9, n0, _GLC,
    0, () => GetLoggingConfigurationRequest$, () => GetLoggingConfigurationResponse$
];
var GetManagedRuleSet$ = [9, n0, _GMRS,
    0, () => GetManagedRuleSetRequest$, () => GetManagedRuleSetResponse$
];
var GetMobileSdkRelease$ = [9, n0, _GMSR,
    0, () => GetMobileSdkReleaseRequest$, () => GetMobileSdkReleaseResponse$
];
var GetPermissionPolicy$ = [9, n0, _GPP,
    0, () => GetPermissionPolicyRequest$, () => GetPermissionPolicyResponse$
];
var GetRateBasedStatementManagedKeys$ = [9, n0, _GRBSMK,
    0, () => GetRateBasedStatementManagedKeysRequest$, () => GetRateBasedStatementManagedKeysResponse$
];
var GetRegexPatternSet$ = [9, n0, _GRPS,
    0, () => GetRegexPatternSetRequest$, () => GetRegexPatternSetResponse$
];
var GetRevenueStatistics$ = [9, n0, _GRS,
    0, () => GetRevenueStatisticsRequest$, () => GetRevenueStatisticsResponse$
];
var GetRevenueStatisticsSummary$ = [9, n0, _GRSS,
    0, () => GetRevenueStatisticsSummaryRequest$, () => GetRevenueStatisticsSummaryResponse$
];
var GetRevenueStatisticsTimeSeries$ = [9, n0, _GRSTS,
    0, () => GetRevenueStatisticsTimeSeriesRequest$, () => GetRevenueStatisticsTimeSeriesResponse$
];
var GetRuleGroup$ = [9, n0, _GRG,
    0, () => GetRuleGroupRequest$, () => GetRuleGroupResponse$
];
var GetSampledRequests$ = [9, n0, _GSR,
    0, () => GetSampledRequestsRequest$, () => GetSampledRequestsResponse$
];
var GetTopPathStatisticsByTraffic$ = [9, n0, _GTPSBT,
    0, () => GetTopPathStatisticsByTrafficRequest$, () => GetTopPathStatisticsByTrafficResponse$
];
var GetWebACL$ = [9, n0, _GWACL,
    0, () => GetWebACLRequest$, () => GetWebACLResponse$
];
var GetWebACLForResource$ = [9, n0, _GWACLFR,
    0, () => GetWebACLForResourceRequest$, () => GetWebACLForResourceResponse$
];
var ListAPIKeys$ = [9, n0, _LAPIK,
    0, () => ListAPIKeysRequest$, () => ListAPIKeysResponse$
];
var ListAvailableManagedRuleGroups$ = [9, n0, _LAMRG,
    0, () => ListAvailableManagedRuleGroupsRequest$, () => ListAvailableManagedRuleGroupsResponse$
];
var ListAvailableManagedRuleGroupVersions$ = [9, n0, _LAMRGV,
    0, () => ListAvailableManagedRuleGroupVersionsRequest$, () => ListAvailableManagedRuleGroupVersionsResponse$
];
var ListIPSets$ = [9, n0, _LIPS,
    0, () => ListIPSetsRequest$, () => ListIPSetsResponse$
];
var ListLoggingConfigurations$ = [9, n0, _LLC,
    0, () => ListLoggingConfigurationsRequest$, () => ListLoggingConfigurationsResponse$
];
var ListManagedRuleSets$ = [9, n0, _LMRS,
    0, () => ListManagedRuleSetsRequest$, () => ListManagedRuleSetsResponse$
];
var ListMobileSdkReleases$ = [9, n0, _LMSR,
    0, () => ListMobileSdkReleasesRequest$, () => ListMobileSdkReleasesResponse$
];
var ListRegexPatternSets$ = [9, n0, _LRPS,
    0, () => ListRegexPatternSetsRequest$, () => ListRegexPatternSetsResponse$
];
var ListResourcesForWebACL$ = [9, n0, _LRFWACL,
    0, () => ListResourcesForWebACLRequest$, () => ListResourcesForWebACLResponse$
];
var ListRuleGroups$ = [9, n0, _LRG,
    0, () => ListRuleGroupsRequest$, () => ListRuleGroupsResponse$
];
var ListSettlementRecords$ = [9, n0, _LSR,
    0, () => ListSettlementRecordsRequest$, () => ListSettlementRecordsResponse$
];
var ListTagsForResource$ = [9, n0, _LTFR,
    0, () => ListTagsForResourceRequest$, () => ListTagsForResourceResponse$
];
var ListWebACLs$ = [9, n0, _LWACL,
    0, () => ListWebACLsRequest$, () => ListWebACLsResponse$
];
var PutLoggingConfiguration$ = [9, n0, _PLC,
    0, () => PutLoggingConfigurationRequest$, () => PutLoggingConfigurationResponse$
];
var PutManagedRuleSetVersions$ = [9, n0, _PMRSV,
    0, () => PutManagedRuleSetVersionsRequest$, () => PutManagedRuleSetVersionsResponse$
];
var PutPermissionPolicy$ = [9, n0, _PPP,
    0, () => PutPermissionPolicyRequest$, () => PutPermissionPolicyResponse$
];
var TagResource$ = [9, n0, _TR,
    0, () => TagResourceRequest$, () => TagResourceResponse$
];
var UntagResource$ = [9, n0, _UR,
    0, () => UntagResourceRequest$, () => UntagResourceResponse$
];
var UpdateIPSet$ = [9, n0, _UIPS,
    0, () => UpdateIPSetRequest$, () => UpdateIPSetResponse$
];
var UpdateManagedRuleSetVersionExpiryDate$ = [9, n0, _UMRSVED,
    0, () => UpdateManagedRuleSetVersionExpiryDateRequest$, () => UpdateManagedRuleSetVersionExpiryDateResponse$
];
var UpdateRegexPatternSet$ = [9, n0, _URPS,
    0, () => UpdateRegexPatternSetRequest$, () => UpdateRegexPatternSetResponse$
];
var UpdateRuleGroup$ = [9, n0, _URG,
    0, () => UpdateRuleGroupRequest$, () => UpdateRuleGroupResponse$
];
var UpdateWebACL$ = [9, n0, _UWACL,
    0, () => UpdateWebACLRequest$, () => UpdateWebACLResponse$
];

const getRuntimeConfig$1 = (config) => {
    return {
        apiVersion: "2019-07-29",
        base64Decoder: config?.base64Decoder ?? fromBase64,
        base64Encoder: config?.base64Encoder ?? toBase64,
        disableHostPrefix: config?.disableHostPrefix ?? false,
        endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
        extensions: config?.extensions ?? [],
        httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultWAFV2HttpAuthSchemeProvider,
        httpAuthSchemes: config?.httpAuthSchemes ?? [
            {
                schemeId: "aws.auth#sigv4",
                identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
                signer: new AwsSdkSigV4Signer(),
            },
        ],
        logger: config?.logger ?? new NoOpLogger(),
        protocol: config?.protocol ?? AwsJson1_1Protocol,
        protocolSettings: config?.protocolSettings ?? {
            defaultNamespace: "com.amazonaws.wafv2",
            errorTypeRegistries,
            xmlNamespace: "http://waf.amazonaws.com/doc/2019-07-29/",
            version: "2019-07-29",
            serviceTarget: "AWSWAF_20190729",
        },
        serviceId: config?.serviceId ?? "WAFV2",
        sha256: config?.sha256 ?? Sha256,
        urlParser: config?.urlParser ?? parseUrl,
        utf8Decoder: config?.utf8Decoder ?? fromUtf8,
        utf8Encoder: config?.utf8Encoder ?? toUtf8,
    };
};

const getRuntimeConfig = (config) => {
    emitWarningIfUnsupportedVersion(process.version);
    const defaultsMode = resolveDefaultsModeConfig(config);
    const defaultConfigProvider = () => defaultsMode().then(loadConfigsForDefaultMode);
    const clientSharedValues = getRuntimeConfig$1(config);
    emitWarningIfUnsupportedVersion$1(process.version);
    const loaderConfig = {
        profile: config?.profile,
        logger: clientSharedValues.logger,
    };
    return {
        ...clientSharedValues,
        ...config,
        runtime: "node",
        defaultsMode,
        authSchemePreference: config?.authSchemePreference ?? loadConfig(NODE_AUTH_SCHEME_PREFERENCE_OPTIONS, loaderConfig),
        bodyLengthChecker: config?.bodyLengthChecker ?? calculateBodyLength,
        credentialDefaultProvider: config?.credentialDefaultProvider ?? defaultProvider,
        defaultUserAgentProvider: config?.defaultUserAgentProvider ?? createDefaultUserAgentProvider({ serviceId: clientSharedValues.serviceId, clientVersion: packageInfo.version }),
        maxAttempts: config?.maxAttempts ?? loadConfig(NODE_MAX_ATTEMPT_CONFIG_OPTIONS, config),
        region: config?.region ?? loadConfig(NODE_REGION_CONFIG_OPTIONS, { ...NODE_REGION_CONFIG_FILE_OPTIONS, ...loaderConfig }),
        requestHandler: NodeHttpHandler.create(config?.requestHandler ?? defaultConfigProvider),
        retryMode: config?.retryMode ??
            loadConfig({
                ...NODE_RETRY_MODE_CONFIG_OPTIONS,
                default: async () => (await defaultConfigProvider()).retryMode || DEFAULT_RETRY_MODE,
            }, config),
        streamCollector: config?.streamCollector ?? streamCollector,
        useDualstackEndpoint: config?.useDualstackEndpoint ?? loadConfig(NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
        useFipsEndpoint: config?.useFipsEndpoint ?? loadConfig(NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
        userAgentAppId: config?.userAgentAppId ?? loadConfig(NODE_APP_ID_CONFIG_OPTIONS, loaderConfig),
    };
};

const getHttpAuthExtensionConfiguration = (runtimeConfig) => {
    const _httpAuthSchemes = runtimeConfig.httpAuthSchemes;
    let _httpAuthSchemeProvider = runtimeConfig.httpAuthSchemeProvider;
    let _credentials = runtimeConfig.credentials;
    return {
        setHttpAuthScheme(httpAuthScheme) {
            const index = _httpAuthSchemes.findIndex((scheme) => scheme.schemeId === httpAuthScheme.schemeId);
            if (index === -1) {
                _httpAuthSchemes.push(httpAuthScheme);
            }
            else {
                _httpAuthSchemes.splice(index, 1, httpAuthScheme);
            }
        },
        httpAuthSchemes() {
            return _httpAuthSchemes;
        },
        setHttpAuthSchemeProvider(httpAuthSchemeProvider) {
            _httpAuthSchemeProvider = httpAuthSchemeProvider;
        },
        httpAuthSchemeProvider() {
            return _httpAuthSchemeProvider;
        },
        setCredentials(credentials) {
            _credentials = credentials;
        },
        credentials() {
            return _credentials;
        },
    };
};
const resolveHttpAuthRuntimeConfig = (config) => {
    return {
        httpAuthSchemes: config.httpAuthSchemes(),
        httpAuthSchemeProvider: config.httpAuthSchemeProvider(),
        credentials: config.credentials(),
    };
};

const resolveRuntimeExtensions = (runtimeConfig, extensions) => {
    const extensionConfiguration = Object.assign(getAwsRegionExtensionConfiguration(runtimeConfig), getDefaultExtensionConfiguration(runtimeConfig), getHttpHandlerExtensionConfiguration(runtimeConfig), getHttpAuthExtensionConfiguration(runtimeConfig));
    extensions.forEach((extension) => extension.configure(extensionConfiguration));
    return Object.assign(runtimeConfig, resolveAwsRegionExtensionConfiguration(extensionConfiguration), resolveDefaultRuntimeConfig(extensionConfiguration), resolveHttpHandlerRuntimeConfig(extensionConfiguration), resolveHttpAuthRuntimeConfig(extensionConfiguration));
};

class WAFV2Client extends Client {
    config;
    constructor(...[configuration]) {
        const _config_0 = getRuntimeConfig(configuration || {});
        super(_config_0);
        this.initConfig = _config_0;
        const _config_1 = resolveClientEndpointParameters(_config_0);
        const _config_2 = resolveUserAgentConfig(_config_1);
        const _config_3 = resolveRetryConfig(_config_2);
        const _config_4 = resolveRegionConfig(_config_3);
        const _config_5 = resolveHostHeaderConfig(_config_4);
        const _config_6 = resolveEndpointConfig(_config_5);
        const _config_7 = resolveHttpAuthSchemeConfig(_config_6);
        const _config_8 = resolveRuntimeExtensions(_config_7, configuration?.extensions || []);
        this.config = _config_8;
        this.middlewareStack.use(getSchemaSerdePlugin(this.config));
        this.middlewareStack.use(getUserAgentPlugin(this.config));
        this.middlewareStack.use(getRetryPlugin(this.config));
        this.middlewareStack.use(getContentLengthPlugin(this.config));
        this.middlewareStack.use(getHostHeaderPlugin(this.config));
        this.middlewareStack.use(getLoggerPlugin(this.config));
        this.middlewareStack.use(getRecursionDetectionPlugin(this.config));
        this.middlewareStack.use(getHttpAuthSchemeEndpointRuleSetPlugin(this.config, {
            httpAuthSchemeParametersProvider: defaultWAFV2HttpAuthSchemeParametersProvider,
            identityProviderConfigProvider: async (config) => new DefaultIdentityProviderConfig({
                "aws.auth#sigv4": config.credentials,
            }),
        }));
        this.middlewareStack.use(getHttpSigningPlugin(this.config));
    }
    destroy() {
        super.destroy();
    }
}

const command = makeBuilder(commonParams, "AWSWAF_20190729", "WAFV2Client", getEndpointPlugin);
const _ep0 = {};
const _mw0 = (Command, cs, config, o) => [];

class AssociateWebACLCommand extends command(_ep0, _mw0, "AssociateWebACL", AssociateWebACL$) {
}

class CheckCapacityCommand extends command(_ep0, _mw0, "CheckCapacity", CheckCapacity$) {
}

class CreateAPIKeyCommand extends command(_ep0, _mw0, "CreateAPIKey", CreateAPIKey$) {
}

class CreateIPSetCommand extends command(_ep0, _mw0, "CreateIPSet", CreateIPSet$) {
}

class CreateRegexPatternSetCommand extends command(_ep0, _mw0, "CreateRegexPatternSet", CreateRegexPatternSet$) {
}

class CreateRuleGroupCommand extends command(_ep0, _mw0, "CreateRuleGroup", CreateRuleGroup$) {
}

class CreateWebACLCommand extends command(_ep0, _mw0, "CreateWebACL", CreateWebACL$) {
}

class DeleteAPIKeyCommand extends command(_ep0, _mw0, "DeleteAPIKey", DeleteAPIKey$) {
}

class DeleteFirewallManagerRuleGroupsCommand extends command(_ep0, _mw0, "DeleteFirewallManagerRuleGroups", DeleteFirewallManagerRuleGroups$) {
}

class DeleteIPSetCommand extends command(_ep0, _mw0, "DeleteIPSet", DeleteIPSet$) {
}

class DeleteLoggingConfigurationCommand extends command(_ep0, _mw0, "DeleteLoggingConfiguration", DeleteLoggingConfiguration$) {
}

class DeletePermissionPolicyCommand extends command(_ep0, _mw0, "DeletePermissionPolicy", DeletePermissionPolicy$) {
}

class DeleteRegexPatternSetCommand extends command(_ep0, _mw0, "DeleteRegexPatternSet", DeleteRegexPatternSet$) {
}

class DeleteRuleGroupCommand extends command(_ep0, _mw0, "DeleteRuleGroup", DeleteRuleGroup$) {
}

class DeleteWebACLCommand extends command(_ep0, _mw0, "DeleteWebACL", DeleteWebACL$) {
}

class DescribeAllManagedProductsCommand extends command(_ep0, _mw0, "DescribeAllManagedProducts", DescribeAllManagedProducts$) {
}

class DescribeManagedProductsByVendorCommand extends command(_ep0, _mw0, "DescribeManagedProductsByVendor", DescribeManagedProductsByVendor$) {
}

class DescribeManagedRuleGroupCommand extends command(_ep0, _mw0, "DescribeManagedRuleGroup", DescribeManagedRuleGroup$) {
}

class DisassociateWebACLCommand extends command(_ep0, _mw0, "DisassociateWebACL", DisassociateWebACL$) {
}

class GenerateMobileSdkReleaseUrlCommand extends command(_ep0, _mw0, "GenerateMobileSdkReleaseUrl", GenerateMobileSdkReleaseUrl$) {
}

class GetDecryptedAPIKeyCommand extends command(_ep0, _mw0, "GetDecryptedAPIKey", GetDecryptedAPIKey$) {
}

class GetIPSetCommand extends command(_ep0, _mw0, "GetIPSet", GetIPSet$) {
}

class GetLoggingConfigurationCommand extends command(_ep0, _mw0, "GetLoggingConfiguration", GetLoggingConfiguration$) {
}

class GetManagedRuleSetCommand extends command(_ep0, _mw0, "GetManagedRuleSet", GetManagedRuleSet$) {
}

class GetMobileSdkReleaseCommand extends command(_ep0, _mw0, "GetMobileSdkRelease", GetMobileSdkRelease$) {
}

class GetPermissionPolicyCommand extends command(_ep0, _mw0, "GetPermissionPolicy", GetPermissionPolicy$) {
}

class GetRateBasedStatementManagedKeysCommand extends command(_ep0, _mw0, "GetRateBasedStatementManagedKeys", GetRateBasedStatementManagedKeys$) {
}

class GetRegexPatternSetCommand extends command(_ep0, _mw0, "GetRegexPatternSet", GetRegexPatternSet$) {
}

class GetRevenueStatisticsCommand extends command(_ep0, _mw0, "GetRevenueStatistics", GetRevenueStatistics$) {
}

class GetRevenueStatisticsSummaryCommand extends command(_ep0, _mw0, "GetRevenueStatisticsSummary", GetRevenueStatisticsSummary$) {
}

class GetRevenueStatisticsTimeSeriesCommand extends command(_ep0, _mw0, "GetRevenueStatisticsTimeSeries", GetRevenueStatisticsTimeSeries$) {
}

class GetRuleGroupCommand extends command(_ep0, _mw0, "GetRuleGroup", GetRuleGroup$) {
}

class GetSampledRequestsCommand extends command(_ep0, _mw0, "GetSampledRequests", GetSampledRequests$) {
}

class GetTopPathStatisticsByTrafficCommand extends command(_ep0, _mw0, "GetTopPathStatisticsByTraffic", GetTopPathStatisticsByTraffic$) {
}

class GetWebACLCommand extends command(_ep0, _mw0, "GetWebACL", GetWebACL$) {
}

class GetWebACLForResourceCommand extends command(_ep0, _mw0, "GetWebACLForResource", GetWebACLForResource$) {
}

class ListAPIKeysCommand extends command(_ep0, _mw0, "ListAPIKeys", ListAPIKeys$) {
}

class ListAvailableManagedRuleGroupsCommand extends command(_ep0, _mw0, "ListAvailableManagedRuleGroups", ListAvailableManagedRuleGroups$) {
}

class ListAvailableManagedRuleGroupVersionsCommand extends command(_ep0, _mw0, "ListAvailableManagedRuleGroupVersions", ListAvailableManagedRuleGroupVersions$) {
}

class ListIPSetsCommand extends command(_ep0, _mw0, "ListIPSets", ListIPSets$) {
}

class ListLoggingConfigurationsCommand extends command(_ep0, _mw0, "ListLoggingConfigurations", ListLoggingConfigurations$) {
}

class ListManagedRuleSetsCommand extends command(_ep0, _mw0, "ListManagedRuleSets", ListManagedRuleSets$) {
}

class ListMobileSdkReleasesCommand extends command(_ep0, _mw0, "ListMobileSdkReleases", ListMobileSdkReleases$) {
}

class ListRegexPatternSetsCommand extends command(_ep0, _mw0, "ListRegexPatternSets", ListRegexPatternSets$) {
}

class ListResourcesForWebACLCommand extends command(_ep0, _mw0, "ListResourcesForWebACL", ListResourcesForWebACL$) {
}

class ListRuleGroupsCommand extends command(_ep0, _mw0, "ListRuleGroups", ListRuleGroups$) {
}

class ListSettlementRecordsCommand extends command(_ep0, _mw0, "ListSettlementRecords", ListSettlementRecords$) {
}

class ListTagsForResourceCommand extends command(_ep0, _mw0, "ListTagsForResource", ListTagsForResource$) {
}

class ListWebACLsCommand extends command(_ep0, _mw0, "ListWebACLs", ListWebACLs$) {
}

class PutLoggingConfigurationCommand extends command(_ep0, _mw0, "PutLoggingConfiguration", PutLoggingConfiguration$) {
}

class PutManagedRuleSetVersionsCommand extends command(_ep0, _mw0, "PutManagedRuleSetVersions", PutManagedRuleSetVersions$) {
}

class PutPermissionPolicyCommand extends command(_ep0, _mw0, "PutPermissionPolicy", PutPermissionPolicy$) {
}

class TagResourceCommand extends command(_ep0, _mw0, "TagResource", TagResource$) {
}

class UntagResourceCommand extends command(_ep0, _mw0, "UntagResource", UntagResource$) {
}

class UpdateIPSetCommand extends command(_ep0, _mw0, "UpdateIPSet", UpdateIPSet$) {
}

class UpdateManagedRuleSetVersionExpiryDateCommand extends command(_ep0, _mw0, "UpdateManagedRuleSetVersionExpiryDate", UpdateManagedRuleSetVersionExpiryDate$) {
}

class UpdateRegexPatternSetCommand extends command(_ep0, _mw0, "UpdateRegexPatternSet", UpdateRegexPatternSet$) {
}

class UpdateRuleGroupCommand extends command(_ep0, _mw0, "UpdateRuleGroup", UpdateRuleGroup$) {
}

class UpdateWebACLCommand extends command(_ep0, _mw0, "UpdateWebACL", UpdateWebACL$) {
}

const commands = {
    AssociateWebACLCommand,
    CheckCapacityCommand,
    CreateAPIKeyCommand,
    CreateIPSetCommand,
    CreateRegexPatternSetCommand,
    CreateRuleGroupCommand,
    CreateWebACLCommand,
    DeleteAPIKeyCommand,
    DeleteFirewallManagerRuleGroupsCommand,
    DeleteIPSetCommand,
    DeleteLoggingConfigurationCommand,
    DeletePermissionPolicyCommand,
    DeleteRegexPatternSetCommand,
    DeleteRuleGroupCommand,
    DeleteWebACLCommand,
    DescribeAllManagedProductsCommand,
    DescribeManagedProductsByVendorCommand,
    DescribeManagedRuleGroupCommand,
    DisassociateWebACLCommand,
    GenerateMobileSdkReleaseUrlCommand,
    GetDecryptedAPIKeyCommand,
    GetIPSetCommand,
    GetLoggingConfigurationCommand,
    GetManagedRuleSetCommand,
    GetMobileSdkReleaseCommand,
    GetPermissionPolicyCommand,
    GetRateBasedStatementManagedKeysCommand,
    GetRegexPatternSetCommand,
    GetRevenueStatisticsCommand,
    GetRevenueStatisticsSummaryCommand,
    GetRevenueStatisticsTimeSeriesCommand,
    GetRuleGroupCommand,
    GetSampledRequestsCommand,
    GetTopPathStatisticsByTrafficCommand,
    GetWebACLCommand,
    GetWebACLForResourceCommand,
    ListAPIKeysCommand,
    ListAvailableManagedRuleGroupsCommand,
    ListAvailableManagedRuleGroupVersionsCommand,
    ListIPSetsCommand,
    ListLoggingConfigurationsCommand,
    ListManagedRuleSetsCommand,
    ListMobileSdkReleasesCommand,
    ListRegexPatternSetsCommand,
    ListResourcesForWebACLCommand,
    ListRuleGroupsCommand,
    ListSettlementRecordsCommand,
    ListTagsForResourceCommand,
    ListWebACLsCommand,
    PutLoggingConfigurationCommand,
    PutManagedRuleSetVersionsCommand,
    PutPermissionPolicyCommand,
    TagResourceCommand,
    UntagResourceCommand,
    UpdateIPSetCommand,
    UpdateManagedRuleSetVersionExpiryDateCommand,
    UpdateRegexPatternSetCommand,
    UpdateRuleGroupCommand,
    UpdateWebACLCommand,
};
class WAFV2 extends WAFV2Client {
}
createAggregatedClient(commands, WAFV2);

const ActionValue = {
    ALLOW: "ALLOW",
    BLOCK: "BLOCK",
    CAPTCHA: "CAPTCHA",
    CHALLENGE: "CHALLENGE",
    COUNT: "COUNT",
    EXCLUDED_AS_COUNT: "EXCLUDED_AS_COUNT",
    MONETIZE: "MONETIZE",
};
const FallbackBehavior = {
    MATCH: "MATCH",
    NO_MATCH: "NO_MATCH",
};
const OversizeHandling = {
    CONTINUE: "CONTINUE",
    MATCH: "MATCH",
    NO_MATCH: "NO_MATCH",
};
const MapMatchScope = {
    ALL: "ALL",
    KEY: "KEY",
    VALUE: "VALUE",
};
const BodyParsingFallbackBehavior = {
    EVALUATE_AS_STRING: "EVALUATE_AS_STRING",
    MATCH: "MATCH",
    NO_MATCH: "NO_MATCH",
};
const JsonMatchScope = {
    ALL: "ALL",
    KEY: "KEY",
    VALUE: "VALUE",
};
const PositionalConstraint = {
    CONTAINS: "CONTAINS",
    CONTAINS_WORD: "CONTAINS_WORD",
    ENDS_WITH: "ENDS_WITH",
    EXACTLY: "EXACTLY",
    STARTS_WITH: "STARTS_WITH",
};
const PreParseTextTransformationType = {
    COMBINE_DUPLICATE_QUERY_ARGS_BY_COMMA: "COMBINE_DUPLICATE_QUERY_ARGS_BY_COMMA",
    NONE: "NONE",
    REPLACE_SEMICOLONS_WITH_AMPERSANDS: "REPLACE_SEMICOLONS_WITH_AMPERSANDS",
    URL_DECODE: "URL_DECODE",
    URL_DECODE_UNI: "URL_DECODE_UNI",
};
const TextTransformationType = {
    BASE64_DECODE: "BASE64_DECODE",
    BASE64_DECODE_EXT: "BASE64_DECODE_EXT",
    CMD_LINE: "CMD_LINE",
    CMD_LINE_UNIX: "CMD_LINE_UNIX",
    CMD_LINE_WIN: "CMD_LINE_WIN",
    COMPRESS_WHITE_SPACE: "COMPRESS_WHITE_SPACE",
    CSS_DECODE: "CSS_DECODE",
    ESCAPE_SEQ_DECODE: "ESCAPE_SEQ_DECODE",
    HEX_DECODE: "HEX_DECODE",
    HTML_ENTITY_DECODE: "HTML_ENTITY_DECODE",
    JS_DECODE: "JS_DECODE",
    JS_DECODE_EXT: "JS_DECODE_EXT",
    LOWERCASE: "LOWERCASE",
    MD5: "MD5",
    NONE: "NONE",
    NORMALIZE_PATH: "NORMALIZE_PATH",
    NORMALIZE_PATH_WIN: "NORMALIZE_PATH_WIN",
    REMOVE_COMMENTS_CHAR: "REMOVE_COMMENTS_CHAR",
    REMOVE_NULLS: "REMOVE_NULLS",
    REMOVE_WHITESPACE: "REMOVE_WHITESPACE",
    REPLACE_COMMENTS: "REPLACE_COMMENTS",
    REPLACE_NULLS: "REPLACE_NULLS",
    SHA256: "SHA256",
    SQL_HEX_DECODE: "SQL_HEX_DECODE",
    TRIM: "TRIM",
    TRIM_LEFT: "TRIM_LEFT",
    TRIM_RIGHT: "TRIM_RIGHT",
    UPPERCASE: "UPPERCASE",
    URL_DECODE: "URL_DECODE",
    URL_DECODE_UNI: "URL_DECODE_UNI",
    UTF8_TO_UNICODE: "UTF8_TO_UNICODE",
};
const CountryCode = {
    AD: "AD",
    AE: "AE",
    AF: "AF",
    AG: "AG",
    AI: "AI",
    AL: "AL",
    AM: "AM",
    AO: "AO",
    AQ: "AQ",
    AR: "AR",
    AS: "AS",
    AT: "AT",
    AU: "AU",
    AW: "AW",
    AX: "AX",
    AZ: "AZ",
    BA: "BA",
    BB: "BB",
    BD: "BD",
    BE: "BE",
    BF: "BF",
    BG: "BG",
    BH: "BH",
    BI: "BI",
    BJ: "BJ",
    BL: "BL",
    BM: "BM",
    BN: "BN",
    BO: "BO",
    BQ: "BQ",
    BR: "BR",
    BS: "BS",
    BT: "BT",
    BV: "BV",
    BW: "BW",
    BY: "BY",
    BZ: "BZ",
    CA: "CA",
    CC: "CC",
    CD: "CD",
    CF: "CF",
    CG: "CG",
    CH: "CH",
    CI: "CI",
    CK: "CK",
    CL: "CL",
    CM: "CM",
    CN: "CN",
    CO: "CO",
    CR: "CR",
    CU: "CU",
    CV: "CV",
    CW: "CW",
    CX: "CX",
    CY: "CY",
    CZ: "CZ",
    DE: "DE",
    DJ: "DJ",
    DK: "DK",
    DM: "DM",
    DO: "DO",
    DZ: "DZ",
    EC: "EC",
    EE: "EE",
    EG: "EG",
    EH: "EH",
    ER: "ER",
    ES: "ES",
    ET: "ET",
    FI: "FI",
    FJ: "FJ",
    FK: "FK",
    FM: "FM",
    FO: "FO",
    FR: "FR",
    GA: "GA",
    GB: "GB",
    GD: "GD",
    GE: "GE",
    GF: "GF",
    GG: "GG",
    GH: "GH",
    GI: "GI",
    GL: "GL",
    GM: "GM",
    GN: "GN",
    GP: "GP",
    GQ: "GQ",
    GR: "GR",
    GS: "GS",
    GT: "GT",
    GU: "GU",
    GW: "GW",
    GY: "GY",
    HK: "HK",
    HM: "HM",
    HN: "HN",
    HR: "HR",
    HT: "HT",
    HU: "HU",
    ID: "ID",
    IE: "IE",
    IL: "IL",
    IM: "IM",
    IN: "IN",
    IO: "IO",
    IQ: "IQ",
    IR: "IR",
    IS: "IS",
    IT: "IT",
    JE: "JE",
    JM: "JM",
    JO: "JO",
    JP: "JP",
    KE: "KE",
    KG: "KG",
    KH: "KH",
    KI: "KI",
    KM: "KM",
    KN: "KN",
    KP: "KP",
    KR: "KR",
    KW: "KW",
    KY: "KY",
    KZ: "KZ",
    LA: "LA",
    LB: "LB",
    LC: "LC",
    LI: "LI",
    LK: "LK",
    LR: "LR",
    LS: "LS",
    LT: "LT",
    LU: "LU",
    LV: "LV",
    LY: "LY",
    MA: "MA",
    MC: "MC",
    MD: "MD",
    ME: "ME",
    MF: "MF",
    MG: "MG",
    MH: "MH",
    MK: "MK",
    ML: "ML",
    MM: "MM",
    MN: "MN",
    MO: "MO",
    MP: "MP",
    MQ: "MQ",
    MR: "MR",
    MS: "MS",
    MT: "MT",
    MU: "MU",
    MV: "MV",
    MW: "MW",
    MX: "MX",
    MY: "MY",
    MZ: "MZ",
    NA: "NA",
    NC: "NC",
    NE: "NE",
    NF: "NF",
    NG: "NG",
    NI: "NI",
    NL: "NL",
    NO: "NO",
    NP: "NP",
    NR: "NR",
    NU: "NU",
    NZ: "NZ",
    OM: "OM",
    PA: "PA",
    PE: "PE",
    PF: "PF",
    PG: "PG",
    PH: "PH",
    PK: "PK",
    PL: "PL",
    PM: "PM",
    PN: "PN",
    PR: "PR",
    PS: "PS",
    PT: "PT",
    PW: "PW",
    PY: "PY",
    QA: "QA",
    RE: "RE",
    RO: "RO",
    RS: "RS",
    RU: "RU",
    RW: "RW",
    SA: "SA",
    SB: "SB",
    SC: "SC",
    SD: "SD",
    SE: "SE",
    SG: "SG",
    SH: "SH",
    SI: "SI",
    SJ: "SJ",
    SK: "SK",
    SL: "SL",
    SM: "SM",
    SN: "SN",
    SO: "SO",
    SR: "SR",
    SS: "SS",
    ST: "ST",
    SV: "SV",
    SX: "SX",
    SY: "SY",
    SZ: "SZ",
    TC: "TC",
    TD: "TD",
    TF: "TF",
    TG: "TG",
    TH: "TH",
    TJ: "TJ",
    TK: "TK",
    TL: "TL",
    TM: "TM",
    TN: "TN",
    TO: "TO",
    TR: "TR",
    TT: "TT",
    TV: "TV",
    TW: "TW",
    TZ: "TZ",
    UA: "UA",
    UG: "UG",
    UM: "UM",
    US: "US",
    UY: "UY",
    UZ: "UZ",
    VA: "VA",
    VC: "VC",
    VE: "VE",
    VG: "VG",
    VI: "VI",
    VN: "VN",
    VU: "VU",
    WF: "WF",
    WS: "WS",
    XK: "XK",
    YE: "YE",
    YT: "YT",
    ZA: "ZA",
    ZM: "ZM",
    ZW: "ZW",
};
const ForwardedIPPosition = {
    ANY: "ANY",
    FIRST: "FIRST",
    LAST: "LAST",
};
const LabelMatchScope = {
    LABEL: "LABEL",
    NAMESPACE: "NAMESPACE",
};
const PayloadType = {
    FORM_ENCODED: "FORM_ENCODED",
    JSON: "JSON",
};
const SensitivityToAct = {
    HIGH: "HIGH",
    LOW: "LOW",
    MEDIUM: "MEDIUM",
};
const UsageOfAction = {
    DISABLED: "DISABLED",
    ENABLED: "ENABLED",
};
const InspectionLevel = {
    COMMON: "COMMON",
    TARGETED: "TARGETED",
};
const RateBasedStatementAggregateKeyType = {
    CONSTANT: "CONSTANT",
    CUSTOM_KEYS: "CUSTOM_KEYS",
    FORWARDED_IP: "FORWARDED_IP",
    IP: "IP",
};
const ComparisonOperator = {
    EQ: "EQ",
    GE: "GE",
    GT: "GT",
    LE: "LE",
    LT: "LT",
    NE: "NE",
};
const SensitivityLevel = {
    HIGH: "HIGH",
    LOW: "LOW",
};
const AssociatedResourceType = {
    AGENTCORE_GATEWAY: "AGENTCORE_GATEWAY",
    API_GATEWAY: "API_GATEWAY",
    APP_RUNNER_SERVICE: "APP_RUNNER_SERVICE",
    CLOUDFRONT: "CLOUDFRONT",
    COGNITO_USER_POOL: "COGNITO_USER_POOL",
    VERIFIED_ACCESS_INSTANCE: "VERIFIED_ACCESS_INSTANCE",
};
const ParameterExceptionField = {
    ACP_RULE_SET_RESPONSE_INSPECTION: "ACP_RULE_SET_RESPONSE_INSPECTION",
    AND_STATEMENT: "AND_STATEMENT",
    ASSOCIABLE_RESOURCE: "ASSOCIABLE_RESOURCE",
    ASSOCIATED_RESOURCE_TYPE: "ASSOCIATED_RESOURCE_TYPE",
    ATP_RULE_SET_RESPONSE_INSPECTION: "ATP_RULE_SET_RESPONSE_INSPECTION",
    BODY_PARSING_FALLBACK_BEHAVIOR: "BODY_PARSING_FALLBACK_BEHAVIOR",
    BYTE_MATCH_STATEMENT: "BYTE_MATCH_STATEMENT",
    CHALLENGE_CONFIG: "CHALLENGE_CONFIG",
    CHANGE_PROPAGATION_STATUS: "CHANGE_PROPAGATION_STATUS",
    COOKIE_MATCH_PATTERN: "COOKIE_MATCH_PATTERN",
    CUSTOM_KEYS: "CUSTOM_KEYS",
    CUSTOM_REQUEST_HANDLING: "CUSTOM_REQUEST_HANDLING",
    CUSTOM_RESPONSE: "CUSTOM_RESPONSE",
    CUSTOM_RESPONSE_BODY: "CUSTOM_RESPONSE_BODY",
    DATA_PROTECTION_CONFIG: "DATA_PROTECTION_CONFIG",
    DEFAULT_ACTION: "DEFAULT_ACTION",
    ENTITY_LIMIT: "ENTITY_LIMIT",
    EXCLUDED_RULE: "EXCLUDED_RULE",
    EXPIRE_TIMESTAMP: "EXPIRE_TIMESTAMP",
    FALLBACK_BEHAVIOR: "FALLBACK_BEHAVIOR",
    FIELD_TO_MATCH: "FIELD_TO_MATCH",
    FILTER_CONDITION: "FILTER_CONDITION",
    FIREWALL_MANAGER_STATEMENT: "FIREWALL_MANAGER_STATEMENT",
    FORWARDED_IP_CONFIG: "FORWARDED_IP_CONFIG",
    GEO_MATCH_STATEMENT: "GEO_MATCH_STATEMENT",
    HEADER_MATCH_PATTERN: "HEADER_MATCH_PATTERN",
    HEADER_NAME: "HEADER_NAME",
    IP_ADDRESS: "IP_ADDRESS",
    IP_ADDRESS_VERSION: "IP_ADDRESS_VERSION",
    IP_SET: "IP_SET",
    IP_SET_FORWARDED_IP_CONFIG: "IP_SET_FORWARDED_IP_CONFIG",
    IP_SET_REFERENCE_STATEMENT: "IP_SET_REFERENCE_STATEMENT",
    JSON_MATCH_PATTERN: "JSON_MATCH_PATTERN",
    JSON_MATCH_SCOPE: "JSON_MATCH_SCOPE",
    LABEL_MATCH_STATEMENT: "LABEL_MATCH_STATEMENT",
    LOGGING_FILTER: "LOGGING_FILTER",
    LOG_DESTINATION: "LOG_DESTINATION",
    LOW_REPUTATION_MODE: "LOW_REPUTATION_MODE",
    MANAGED_RULE_GROUP_CONFIG: "MANAGED_RULE_GROUP_CONFIG",
    MANAGED_RULE_SET: "MANAGED_RULE_SET",
    MANAGED_RULE_SET_STATEMENT: "MANAGED_RULE_SET_STATEMENT",
    MAP_MATCH_SCOPE: "MAP_MATCH_SCOPE",
    METRIC_NAME: "METRIC_NAME",
    MONETIZATION_CONFIG: "MONETIZATION_CONFIG",
    NOT_STATEMENT: "NOT_STATEMENT",
    OR_STATEMENT: "OR_STATEMENT",
    OVERRIDE_ACTION: "OVERRIDE_ACTION",
    OVERSIZE_HANDLING: "OVERSIZE_HANDLING",
    PAYLOAD_TYPE: "PAYLOAD_TYPE",
    PAYMENT_NETWORK: "PAYMENT_NETWORK",
    POSITION: "POSITION",
    PRE_PARSE_TEXT_TRANSFORMATION: "PRE_PARSE_TEXT_TRANSFORMATION",
    PRICE_AMOUNT: "PRICE_AMOUNT",
    RATE_BASED_STATEMENT: "RATE_BASED_STATEMENT",
    REGEX_PATTERN_REFERENCE_STATEMENT: "REGEX_PATTERN_REFERENCE_STATEMENT",
    REGEX_PATTERN_SET: "REGEX_PATTERN_SET",
    RESOURCE_ARN: "RESOURCE_ARN",
    RESOURCE_TYPE: "RESOURCE_TYPE",
    RESPONSE_CONTENT_TYPE: "RESPONSE_CONTENT_TYPE",
    RULE: "RULE",
    RULE_ACTION: "RULE_ACTION",
    RULE_GROUP: "RULE_GROUP",
    RULE_GROUP_REFERENCE_STATEMENT: "RULE_GROUP_REFERENCE_STATEMENT",
    SCOPE_DOWN: "SCOPE_DOWN",
    SCOPE_VALUE: "SCOPE_VALUE",
    SINGLE_HEADER: "SINGLE_HEADER",
    SINGLE_QUERY_ARGUMENT: "SINGLE_QUERY_ARGUMENT",
    SIZE_CONSTRAINT_STATEMENT: "SIZE_CONSTRAINT_STATEMENT",
    SQLI_MATCH_STATEMENT: "SQLI_MATCH_STATEMENT",
    STATEMENT: "STATEMENT",
    TAGS: "TAGS",
    TAG_KEYS: "TAG_KEYS",
    TEXT_TRANSFORMATION: "TEXT_TRANSFORMATION",
    TOKEN_DOMAIN: "TOKEN_DOMAIN",
    WALLET_ADDRESS: "WALLET_ADDRESS",
    WEB_ACL: "WEB_ACL",
    XSS_MATCH_STATEMENT: "XSS_MATCH_STATEMENT",
};
const SizeInspectionLimit = {
    KB_16: "KB_16",
    KB_32: "KB_32",
    KB_48: "KB_48",
    KB_64: "KB_64",
};
const Scope = {
    CLOUDFRONT: "CLOUDFRONT",
    REGIONAL: "REGIONAL",
};
const IPAddressVersion = {
    IPV4: "IPV4",
    IPV6: "IPV6",
};
const ResponseContentType = {
    APPLICATION_JSON: "APPLICATION_JSON",
    TEXT_HTML: "TEXT_HTML",
    TEXT_PLAIN: "TEXT_PLAIN",
};
const BlockchainChain = {
    BASE: "BASE",
    BASE_SEPOLIA: "BASE_SEPOLIA",
    SOLANA: "SOLANA",
    SOLANA_DEVNET: "SOLANA_DEVNET",
};
const CryptoCurrency = {
    USDC: "USDC",
};
const CurrencyMode = {
    REAL: "REAL",
    TEST: "TEST",
};
const DataProtectionAction = {
    HASH: "HASH",
    SUBSTITUTION: "SUBSTITUTION",
};
const FieldToProtectType = {
    BODY: "BODY",
    QUERY_STRING: "QUERY_STRING",
    SINGLE_COOKIE: "SINGLE_COOKIE",
    SINGLE_HEADER: "SINGLE_HEADER",
    SINGLE_QUERY_ARGUMENT: "SINGLE_QUERY_ARGUMENT",
};
const LowReputationMode = {
    ACTIVE_UNDER_DDOS: "ACTIVE_UNDER_DDOS",
    ALWAYS_ON: "ALWAYS_ON",
};
const LogScope = {
    CLOUDWATCH_TELEMETRY_RULE_MANAGED: "CLOUDWATCH_TELEMETRY_RULE_MANAGED",
    CUSTOMER: "CUSTOMER",
    SECURITY_LAKE: "SECURITY_LAKE",
};
const LogType = {
    WAF_LOGS: "WAF_LOGS",
};
const Platform = {
    ANDROID: "ANDROID",
    IOS: "IOS",
};
const FilterBehavior = {
    DROP: "DROP",
    KEEP: "KEEP",
};
const FilterRequirement = {
    MEETS_ALL: "MEETS_ALL",
    MEETS_ANY: "MEETS_ANY",
};
const Currency = {
    USDC: "USDC",
};
const GroupByType = {
    CATEGORY: "CATEGORY",
    INTENT: "INTENT",
    NAME: "NAME",
    ORGANIZATION: "ORGANIZATION",
    WEBACL: "WEBACL",
};
const RankingSortBy = {
    NAME: "NAME",
    PERCENTAGE: "PERCENTAGE",
    REVENUE: "REVENUE",
};
const SortOrder = {
    ASC: "ASC",
    DESC: "DESC",
};
const RankingStatisticType = {
    TOP_PATHS_BY_REVENUE: "TOP_PATHS_BY_REVENUE",
    TOP_SOURCES_BY_REVENUE: "TOP_SOURCES_BY_REVENUE",
};
const IntervalType = {
    DAILY: "DAILY",
    FIVE_MINUTELY: "FIVE_MINUTELY",
    HOURLY: "HOURLY",
    MINUTELY: "MINUTELY",
};
const TimeSeriesStatisticType = {
    DATE_HISTOGRAM: "DATE_HISTOGRAM",
    PAYMENT_TRAFFIC: "PAYMENT_TRAFFIC",
};
const FailureReason = {
    TOKEN_DOMAIN_MISMATCH: "TOKEN_DOMAIN_MISMATCH",
    TOKEN_EXPIRED: "TOKEN_EXPIRED",
    TOKEN_INVALID: "TOKEN_INVALID",
    TOKEN_MISSING: "TOKEN_MISSING",
};
const ResourceType = {
    AGENTCORE_GATEWAY: "AGENTCORE_GATEWAY",
    AMPLIFY: "AMPLIFY",
    API_GATEWAY: "API_GATEWAY",
    APPLICATION_LOAD_BALANCER: "APPLICATION_LOAD_BALANCER",
    APPSYNC: "APPSYNC",
    APP_RUNNER_SERVICE: "APP_RUNNER_SERVICE",
    COGNITIO_USER_POOL: "COGNITO_USER_POOL",
    VERIFIED_ACCESS_INSTANCE: "VERIFIED_ACCESS_INSTANCE",
};
const SettlementSortBy = {
    AMOUNT: "AMOUNT",
    NAME: "NAME",
    STATUS: "STATUS",
    TIMESTAMP: "TIMESTAMP",
};
const SettlementStatus = {
    DUPLICATE: "DUPLICATE",
    FAILED: "FAILED",
    PENDING: "PENDING",
    SERVICE_ERROR: "SERVICE_ERROR",
    SETTLED: "SETTLED",
    SKIPPED_ORIGIN_ERROR: "SKIPPED_ORIGIN_ERROR",
};

__webpack_unused_export__ = APIKeySummary$;
__webpack_unused_export__ = AWSManagedRulesACFPRuleSet$;
__webpack_unused_export__ = AWSManagedRulesATPRuleSet$;
__webpack_unused_export__ = AWSManagedRulesAntiDDoSRuleSet$;
__webpack_unused_export__ = AWSManagedRulesBotControlRuleSet$;
__webpack_unused_export__ = ActionCondition$;
__webpack_unused_export__ = ActionValue;
__webpack_unused_export__ = AddressField$;
__webpack_unused_export__ = All$;
__webpack_unused_export__ = AllQueryArguments$;
__webpack_unused_export__ = AllowAction$;
__webpack_unused_export__ = AndStatement$;
__webpack_unused_export__ = ApplicationAttribute$;
__webpack_unused_export__ = ApplicationConfig$;
__webpack_unused_export__ = AsnMatchStatement$;
__webpack_unused_export__ = AssociateWebACL$;
__webpack_unused_export__ = AssociateWebACLCommand;
__webpack_unused_export__ = AssociateWebACLRequest$;
__webpack_unused_export__ = AssociateWebACLResponse$;
__webpack_unused_export__ = AssociatedResourceType;
__webpack_unused_export__ = AssociationConfig$;
__webpack_unused_export__ = BlockAction$;
__webpack_unused_export__ = BlockchainChain;
__webpack_unused_export__ = Body$;
__webpack_unused_export__ = BodyParsingFallbackBehavior;
__webpack_unused_export__ = BotStatistics$;
__webpack_unused_export__ = ByteMatchStatement$;
__webpack_unused_export__ = CaptchaAction$;
__webpack_unused_export__ = CaptchaConfig$;
__webpack_unused_export__ = CaptchaResponse$;
__webpack_unused_export__ = ChallengeAction$;
__webpack_unused_export__ = ChallengeConfig$;
__webpack_unused_export__ = ChallengeResponse$;
__webpack_unused_export__ = CheckCapacity$;
__webpack_unused_export__ = CheckCapacityCommand;
__webpack_unused_export__ = CheckCapacityRequest$;
__webpack_unused_export__ = CheckCapacityResponse$;
__webpack_unused_export__ = ClientSideAction$;
__webpack_unused_export__ = ClientSideActionConfig$;
__webpack_unused_export__ = ComparisonOperator;
__webpack_unused_export__ = Condition$;
__webpack_unused_export__ = CookieMatchPattern$;
__webpack_unused_export__ = Cookies$;
__webpack_unused_export__ = CountAction$;
__webpack_unused_export__ = CountryCode;
__webpack_unused_export__ = CreateAPIKey$;
__webpack_unused_export__ = CreateAPIKeyCommand;
__webpack_unused_export__ = CreateAPIKeyRequest$;
__webpack_unused_export__ = CreateAPIKeyResponse$;
__webpack_unused_export__ = CreateIPSet$;
__webpack_unused_export__ = CreateIPSetCommand;
__webpack_unused_export__ = CreateIPSetRequest$;
__webpack_unused_export__ = CreateIPSetResponse$;
__webpack_unused_export__ = CreateRegexPatternSet$;
__webpack_unused_export__ = CreateRegexPatternSetCommand;
__webpack_unused_export__ = CreateRegexPatternSetRequest$;
__webpack_unused_export__ = CreateRegexPatternSetResponse$;
__webpack_unused_export__ = CreateRuleGroup$;
__webpack_unused_export__ = CreateRuleGroupCommand;
__webpack_unused_export__ = CreateRuleGroupRequest$;
__webpack_unused_export__ = CreateRuleGroupResponse$;
__webpack_unused_export__ = CreateWebACL$;
__webpack_unused_export__ = CreateWebACLCommand;
__webpack_unused_export__ = CreateWebACLRequest$;
__webpack_unused_export__ = CreateWebACLResponse$;
__webpack_unused_export__ = CryptoConfig$;
__webpack_unused_export__ = CryptoCurrency;
__webpack_unused_export__ = Currency;
__webpack_unused_export__ = CurrencyMode;
__webpack_unused_export__ = CustomHTTPHeader$;
__webpack_unused_export__ = CustomRequestHandling$;
__webpack_unused_export__ = CustomResponse$;
__webpack_unused_export__ = CustomResponseBody$;
__webpack_unused_export__ = DataPointEntry$;
__webpack_unused_export__ = DataProtection$;
__webpack_unused_export__ = DataProtectionAction;
__webpack_unused_export__ = DataProtectionConfig$;
__webpack_unused_export__ = DefaultAction$;
__webpack_unused_export__ = DeleteAPIKey$;
__webpack_unused_export__ = DeleteAPIKeyCommand;
__webpack_unused_export__ = DeleteAPIKeyRequest$;
__webpack_unused_export__ = DeleteAPIKeyResponse$;
__webpack_unused_export__ = DeleteFirewallManagerRuleGroups$;
__webpack_unused_export__ = DeleteFirewallManagerRuleGroupsCommand;
__webpack_unused_export__ = DeleteFirewallManagerRuleGroupsRequest$;
__webpack_unused_export__ = DeleteFirewallManagerRuleGroupsResponse$;
__webpack_unused_export__ = DeleteIPSet$;
__webpack_unused_export__ = DeleteIPSetCommand;
__webpack_unused_export__ = DeleteIPSetRequest$;
__webpack_unused_export__ = DeleteIPSetResponse$;
__webpack_unused_export__ = DeleteLoggingConfiguration$;
__webpack_unused_export__ = DeleteLoggingConfigurationCommand;
__webpack_unused_export__ = DeleteLoggingConfigurationRequest$;
__webpack_unused_export__ = DeleteLoggingConfigurationResponse$;
__webpack_unused_export__ = DeletePermissionPolicy$;
__webpack_unused_export__ = DeletePermissionPolicyCommand;
__webpack_unused_export__ = DeletePermissionPolicyRequest$;
__webpack_unused_export__ = DeletePermissionPolicyResponse$;
__webpack_unused_export__ = DeleteRegexPatternSet$;
__webpack_unused_export__ = DeleteRegexPatternSetCommand;
__webpack_unused_export__ = DeleteRegexPatternSetRequest$;
__webpack_unused_export__ = DeleteRegexPatternSetResponse$;
__webpack_unused_export__ = DeleteRuleGroup$;
__webpack_unused_export__ = DeleteRuleGroupCommand;
__webpack_unused_export__ = DeleteRuleGroupRequest$;
__webpack_unused_export__ = DeleteRuleGroupResponse$;
__webpack_unused_export__ = DeleteWebACL$;
__webpack_unused_export__ = DeleteWebACLCommand;
__webpack_unused_export__ = DeleteWebACLRequest$;
__webpack_unused_export__ = DeleteWebACLResponse$;
__webpack_unused_export__ = DescribeAllManagedProducts$;
__webpack_unused_export__ = DescribeAllManagedProductsCommand;
__webpack_unused_export__ = DescribeAllManagedProductsRequest$;
__webpack_unused_export__ = DescribeAllManagedProductsResponse$;
__webpack_unused_export__ = DescribeManagedProductsByVendor$;
__webpack_unused_export__ = DescribeManagedProductsByVendorCommand;
__webpack_unused_export__ = DescribeManagedProductsByVendorRequest$;
__webpack_unused_export__ = DescribeManagedProductsByVendorResponse$;
__webpack_unused_export__ = DescribeManagedRuleGroup$;
__webpack_unused_export__ = DescribeManagedRuleGroupCommand;
__webpack_unused_export__ = DescribeManagedRuleGroupRequest$;
__webpack_unused_export__ = DescribeManagedRuleGroupResponse$;
__webpack_unused_export__ = DisallowedFeature$;
__webpack_unused_export__ = DisassociateWebACL$;
__webpack_unused_export__ = DisassociateWebACLCommand;
__webpack_unused_export__ = DisassociateWebACLRequest$;
__webpack_unused_export__ = DisassociateWebACLResponse$;
__webpack_unused_export__ = EmailField$;
__webpack_unused_export__ = ExcludedRule$;
__webpack_unused_export__ = FailureReason;
__webpack_unused_export__ = FallbackBehavior;
__webpack_unused_export__ = FieldToMatch$;
__webpack_unused_export__ = FieldToProtect$;
__webpack_unused_export__ = FieldToProtectType;
__webpack_unused_export__ = Filter$;
__webpack_unused_export__ = FilterBehavior;
__webpack_unused_export__ = FilterRequirement;
__webpack_unused_export__ = FilterSource$;
__webpack_unused_export__ = FirewallManagerRuleGroup$;
__webpack_unused_export__ = FirewallManagerStatement$;
__webpack_unused_export__ = ForwardedIPConfig$;
__webpack_unused_export__ = ForwardedIPPosition;
__webpack_unused_export__ = GenerateMobileSdkReleaseUrl$;
__webpack_unused_export__ = GenerateMobileSdkReleaseUrlCommand;
__webpack_unused_export__ = GenerateMobileSdkReleaseUrlRequest$;
__webpack_unused_export__ = GenerateMobileSdkReleaseUrlResponse$;
__webpack_unused_export__ = GeoMatchStatement$;
__webpack_unused_export__ = GetDecryptedAPIKey$;
__webpack_unused_export__ = GetDecryptedAPIKeyCommand;
__webpack_unused_export__ = GetDecryptedAPIKeyRequest$;
__webpack_unused_export__ = GetDecryptedAPIKeyResponse$;
__webpack_unused_export__ = GetIPSet$;
__webpack_unused_export__ = GetIPSetCommand;
__webpack_unused_export__ = GetIPSetRequest$;
__webpack_unused_export__ = GetIPSetResponse$;
__webpack_unused_export__ = GetLoggingConfiguration$;
__webpack_unused_export__ = GetLoggingConfigurationCommand;
__webpack_unused_export__ = GetLoggingConfigurationRequest$;
__webpack_unused_export__ = GetLoggingConfigurationResponse$;
__webpack_unused_export__ = GetManagedRuleSet$;
__webpack_unused_export__ = GetManagedRuleSetCommand;
__webpack_unused_export__ = GetManagedRuleSetRequest$;
__webpack_unused_export__ = GetManagedRuleSetResponse$;
__webpack_unused_export__ = GetMobileSdkRelease$;
__webpack_unused_export__ = GetMobileSdkReleaseCommand;
__webpack_unused_export__ = GetMobileSdkReleaseRequest$;
__webpack_unused_export__ = GetMobileSdkReleaseResponse$;
__webpack_unused_export__ = GetPermissionPolicy$;
__webpack_unused_export__ = GetPermissionPolicyCommand;
__webpack_unused_export__ = GetPermissionPolicyRequest$;
__webpack_unused_export__ = GetPermissionPolicyResponse$;
__webpack_unused_export__ = GetRateBasedStatementManagedKeys$;
__webpack_unused_export__ = GetRateBasedStatementManagedKeysCommand;
__webpack_unused_export__ = GetRateBasedStatementManagedKeysRequest$;
__webpack_unused_export__ = GetRateBasedStatementManagedKeysResponse$;
__webpack_unused_export__ = GetRegexPatternSet$;
__webpack_unused_export__ = GetRegexPatternSetCommand;
__webpack_unused_export__ = GetRegexPatternSetRequest$;
__webpack_unused_export__ = GetRegexPatternSetResponse$;
__webpack_unused_export__ = GetRevenueStatistics$;
__webpack_unused_export__ = GetRevenueStatisticsCommand;
__webpack_unused_export__ = GetRevenueStatisticsRequest$;
__webpack_unused_export__ = GetRevenueStatisticsResponse$;
__webpack_unused_export__ = GetRevenueStatisticsSummary$;
__webpack_unused_export__ = GetRevenueStatisticsSummaryCommand;
__webpack_unused_export__ = GetRevenueStatisticsSummaryRequest$;
__webpack_unused_export__ = GetRevenueStatisticsSummaryResponse$;
__webpack_unused_export__ = GetRevenueStatisticsTimeSeries$;
__webpack_unused_export__ = GetRevenueStatisticsTimeSeriesCommand;
__webpack_unused_export__ = GetRevenueStatisticsTimeSeriesRequest$;
__webpack_unused_export__ = GetRevenueStatisticsTimeSeriesResponse$;
__webpack_unused_export__ = GetRuleGroup$;
__webpack_unused_export__ = GetRuleGroupCommand;
__webpack_unused_export__ = GetRuleGroupRequest$;
__webpack_unused_export__ = GetRuleGroupResponse$;
__webpack_unused_export__ = GetSampledRequests$;
__webpack_unused_export__ = GetSampledRequestsCommand;
__webpack_unused_export__ = GetSampledRequestsRequest$;
__webpack_unused_export__ = GetSampledRequestsResponse$;
__webpack_unused_export__ = GetTopPathStatisticsByTraffic$;
__webpack_unused_export__ = GetTopPathStatisticsByTrafficCommand;
__webpack_unused_export__ = GetTopPathStatisticsByTrafficRequest$;
__webpack_unused_export__ = GetTopPathStatisticsByTrafficResponse$;
__webpack_unused_export__ = GetWebACL$;
__webpack_unused_export__ = GetWebACLCommand;
__webpack_unused_export__ = GetWebACLForResource$;
__webpack_unused_export__ = GetWebACLForResourceCommand;
__webpack_unused_export__ = GetWebACLForResourceRequest$;
__webpack_unused_export__ = GetWebACLForResourceResponse$;
__webpack_unused_export__ = GetWebACLRequest$;
__webpack_unused_export__ = GetWebACLResponse$;
__webpack_unused_export__ = GroupByType;
__webpack_unused_export__ = HTTPHeader$;
__webpack_unused_export__ = HTTPRequest$;
__webpack_unused_export__ = HeaderMatchPattern$;
__webpack_unused_export__ = HeaderOrder$;
__webpack_unused_export__ = Headers$;
__webpack_unused_export__ = IPAddressVersion;
__webpack_unused_export__ = IPSet$;
__webpack_unused_export__ = IPSetForwardedIPConfig$;
__webpack_unused_export__ = IPSetReferenceStatement$;
__webpack_unused_export__ = IPSetSummary$;
__webpack_unused_export__ = ImmunityTimeProperty$;
__webpack_unused_export__ = InspectionLevel;
__webpack_unused_export__ = IntervalType;
__webpack_unused_export__ = JA3Fingerprint$;
__webpack_unused_export__ = JA4Fingerprint$;
__webpack_unused_export__ = JsonBody$;
__webpack_unused_export__ = JsonMatchPattern$;
__webpack_unused_export__ = JsonMatchScope;
__webpack_unused_export__ = Label$;
__webpack_unused_export__ = LabelMatchScope;
__webpack_unused_export__ = LabelMatchStatement$;
__webpack_unused_export__ = LabelNameCondition$;
__webpack_unused_export__ = LabelSummary$;
__webpack_unused_export__ = ListAPIKeys$;
__webpack_unused_export__ = ListAPIKeysCommand;
__webpack_unused_export__ = ListAPIKeysRequest$;
__webpack_unused_export__ = ListAPIKeysResponse$;
__webpack_unused_export__ = ListAvailableManagedRuleGroupVersions$;
__webpack_unused_export__ = ListAvailableManagedRuleGroupVersionsCommand;
__webpack_unused_export__ = ListAvailableManagedRuleGroupVersionsRequest$;
__webpack_unused_export__ = ListAvailableManagedRuleGroupVersionsResponse$;
__webpack_unused_export__ = ListAvailableManagedRuleGroups$;
__webpack_unused_export__ = ListAvailableManagedRuleGroupsCommand;
__webpack_unused_export__ = ListAvailableManagedRuleGroupsRequest$;
__webpack_unused_export__ = ListAvailableManagedRuleGroupsResponse$;
__webpack_unused_export__ = ListIPSets$;
__webpack_unused_export__ = ListIPSetsCommand;
__webpack_unused_export__ = ListIPSetsRequest$;
__webpack_unused_export__ = ListIPSetsResponse$;
__webpack_unused_export__ = ListLoggingConfigurations$;
exports._14 = ListLoggingConfigurationsCommand;
__webpack_unused_export__ = ListLoggingConfigurationsRequest$;
__webpack_unused_export__ = ListLoggingConfigurationsResponse$;
__webpack_unused_export__ = ListManagedRuleSets$;
__webpack_unused_export__ = ListManagedRuleSetsCommand;
__webpack_unused_export__ = ListManagedRuleSetsRequest$;
__webpack_unused_export__ = ListManagedRuleSetsResponse$;
__webpack_unused_export__ = ListMobileSdkReleases$;
__webpack_unused_export__ = ListMobileSdkReleasesCommand;
__webpack_unused_export__ = ListMobileSdkReleasesRequest$;
__webpack_unused_export__ = ListMobileSdkReleasesResponse$;
__webpack_unused_export__ = ListRegexPatternSets$;
__webpack_unused_export__ = ListRegexPatternSetsCommand;
__webpack_unused_export__ = ListRegexPatternSetsRequest$;
__webpack_unused_export__ = ListRegexPatternSetsResponse$;
__webpack_unused_export__ = ListResourcesForWebACL$;
exports.c3v = ListResourcesForWebACLCommand;
__webpack_unused_export__ = ListResourcesForWebACLRequest$;
__webpack_unused_export__ = ListResourcesForWebACLResponse$;
__webpack_unused_export__ = ListRuleGroups$;
__webpack_unused_export__ = ListRuleGroupsCommand;
__webpack_unused_export__ = ListRuleGroupsRequest$;
__webpack_unused_export__ = ListRuleGroupsResponse$;
__webpack_unused_export__ = ListSettlementRecords$;
__webpack_unused_export__ = ListSettlementRecordsCommand;
__webpack_unused_export__ = ListSettlementRecordsRequest$;
__webpack_unused_export__ = ListSettlementRecordsResponse$;
__webpack_unused_export__ = ListTagsForResource$;
__webpack_unused_export__ = ListTagsForResourceCommand;
__webpack_unused_export__ = ListTagsForResourceRequest$;
__webpack_unused_export__ = ListTagsForResourceResponse$;
__webpack_unused_export__ = ListWebACLs$;
exports.vbB = ListWebACLsCommand;
__webpack_unused_export__ = ListWebACLsRequest$;
__webpack_unused_export__ = ListWebACLsResponse$;
__webpack_unused_export__ = LogScope;
__webpack_unused_export__ = LogType;
__webpack_unused_export__ = LoggingConfiguration$;
__webpack_unused_export__ = LoggingFilter$;
__webpack_unused_export__ = LowReputationMode;
__webpack_unused_export__ = ManagedProductDescriptor$;
__webpack_unused_export__ = ManagedRuleGroupConfig$;
__webpack_unused_export__ = ManagedRuleGroupStatement$;
__webpack_unused_export__ = ManagedRuleGroupSummary$;
__webpack_unused_export__ = ManagedRuleGroupVersion$;
__webpack_unused_export__ = ManagedRuleSet$;
__webpack_unused_export__ = ManagedRuleSetSummary$;
__webpack_unused_export__ = ManagedRuleSetVersion$;
__webpack_unused_export__ = MapMatchScope;
__webpack_unused_export__ = Method$;
__webpack_unused_export__ = MobileSdkRelease$;
__webpack_unused_export__ = MonetizationConfig$;
__webpack_unused_export__ = MonetizationFilter$;
__webpack_unused_export__ = MonetizeAction$;
__webpack_unused_export__ = NoneAction$;
__webpack_unused_export__ = NotStatement$;
__webpack_unused_export__ = OnSourceDDoSProtectionConfig$;
__webpack_unused_export__ = OrStatement$;
__webpack_unused_export__ = OverrideAction$;
__webpack_unused_export__ = OversizeHandling;
__webpack_unused_export__ = ParameterExceptionField;
__webpack_unused_export__ = PasswordField$;
__webpack_unused_export__ = PathStatistics$;
__webpack_unused_export__ = PayloadType;
__webpack_unused_export__ = PaymentNetwork$;
__webpack_unused_export__ = PhoneNumberField$;
__webpack_unused_export__ = Platform;
__webpack_unused_export__ = PositionalConstraint;
__webpack_unused_export__ = PreParseTextTransformation$;
__webpack_unused_export__ = PreParseTextTransformationType;
__webpack_unused_export__ = Price$;
__webpack_unused_export__ = PutLoggingConfiguration$;
__webpack_unused_export__ = PutLoggingConfigurationCommand;
__webpack_unused_export__ = PutLoggingConfigurationRequest$;
__webpack_unused_export__ = PutLoggingConfigurationResponse$;
__webpack_unused_export__ = PutManagedRuleSetVersions$;
__webpack_unused_export__ = PutManagedRuleSetVersionsCommand;
__webpack_unused_export__ = PutManagedRuleSetVersionsRequest$;
__webpack_unused_export__ = PutManagedRuleSetVersionsResponse$;
__webpack_unused_export__ = PutPermissionPolicy$;
__webpack_unused_export__ = PutPermissionPolicyCommand;
__webpack_unused_export__ = PutPermissionPolicyRequest$;
__webpack_unused_export__ = PutPermissionPolicyResponse$;
__webpack_unused_export__ = QueryString$;
__webpack_unused_export__ = RankingSortBy;
__webpack_unused_export__ = RankingStatisticType;
__webpack_unused_export__ = RateBasedStatement$;
__webpack_unused_export__ = RateBasedStatementAggregateKeyType;
__webpack_unused_export__ = RateBasedStatementCustomKey$;
__webpack_unused_export__ = RateBasedStatementManagedKeysIPSet$;
__webpack_unused_export__ = RateLimitAsn$;
__webpack_unused_export__ = RateLimitCookie$;
__webpack_unused_export__ = RateLimitForwardedIP$;
__webpack_unused_export__ = RateLimitHTTPMethod$;
__webpack_unused_export__ = RateLimitHeader$;
__webpack_unused_export__ = RateLimitIP$;
__webpack_unused_export__ = RateLimitJA3Fingerprint$;
__webpack_unused_export__ = RateLimitJA4Fingerprint$;
__webpack_unused_export__ = RateLimitLabelNamespace$;
__webpack_unused_export__ = RateLimitQueryArgument$;
__webpack_unused_export__ = RateLimitQueryString$;
__webpack_unused_export__ = RateLimitUriPath$;
__webpack_unused_export__ = Regex$;
__webpack_unused_export__ = RegexMatchStatement$;
__webpack_unused_export__ = RegexPatternSet$;
__webpack_unused_export__ = RegexPatternSetReferenceStatement$;
__webpack_unused_export__ = RegexPatternSetSummary$;
__webpack_unused_export__ = ReleaseSummary$;
__webpack_unused_export__ = RequestBodyAssociatedResourceTypeConfig$;
__webpack_unused_export__ = RequestInspection$;
__webpack_unused_export__ = RequestInspectionACFP$;
__webpack_unused_export__ = ResourceType;
__webpack_unused_export__ = ResponseContentType;
__webpack_unused_export__ = ResponseInspection$;
__webpack_unused_export__ = ResponseInspectionBodyContains$;
__webpack_unused_export__ = ResponseInspectionHeader$;
__webpack_unused_export__ = ResponseInspectionJson$;
__webpack_unused_export__ = ResponseInspectionStatusCode$;
__webpack_unused_export__ = RevenueBreakdown$;
__webpack_unused_export__ = RevenuePathStatistics$;
__webpack_unused_export__ = Rule$;
__webpack_unused_export__ = RuleAction$;
__webpack_unused_export__ = RuleActionOverride$;
__webpack_unused_export__ = RuleGroup$;
__webpack_unused_export__ = RuleGroupReferenceStatement$;
__webpack_unused_export__ = RuleGroupSummary$;
__webpack_unused_export__ = RuleSummary$;
__webpack_unused_export__ = SampledHTTPRequest$;
__webpack_unused_export__ = Scope;
__webpack_unused_export__ = SensitivityLevel;
__webpack_unused_export__ = SensitivityToAct;
__webpack_unused_export__ = SettlementRecord$;
__webpack_unused_export__ = SettlementSortBy;
__webpack_unused_export__ = SettlementStatus;
__webpack_unused_export__ = SingleHeader$;
__webpack_unused_export__ = SingleQueryArgument$;
__webpack_unused_export__ = SizeConstraintStatement$;
__webpack_unused_export__ = SizeInspectionLimit;
__webpack_unused_export__ = SortOrder;
__webpack_unused_export__ = SourceStatistics$;
__webpack_unused_export__ = SqliMatchStatement$;
__webpack_unused_export__ = Statement$;
__webpack_unused_export__ = Tag$;
__webpack_unused_export__ = TagInfoForResource$;
__webpack_unused_export__ = TagResource$;
__webpack_unused_export__ = TagResourceCommand;
__webpack_unused_export__ = TagResourceRequest$;
__webpack_unused_export__ = TagResourceResponse$;
__webpack_unused_export__ = TextTransformation$;
__webpack_unused_export__ = TextTransformationType;
__webpack_unused_export__ = TimeSeriesStatisticType;
__webpack_unused_export__ = TimeWindow$;
__webpack_unused_export__ = UntagResource$;
__webpack_unused_export__ = UntagResourceCommand;
__webpack_unused_export__ = UntagResourceRequest$;
__webpack_unused_export__ = UntagResourceResponse$;
__webpack_unused_export__ = UpdateIPSet$;
__webpack_unused_export__ = UpdateIPSetCommand;
__webpack_unused_export__ = UpdateIPSetRequest$;
__webpack_unused_export__ = UpdateIPSetResponse$;
__webpack_unused_export__ = UpdateManagedRuleSetVersionExpiryDate$;
__webpack_unused_export__ = UpdateManagedRuleSetVersionExpiryDateCommand;
__webpack_unused_export__ = UpdateManagedRuleSetVersionExpiryDateRequest$;
__webpack_unused_export__ = UpdateManagedRuleSetVersionExpiryDateResponse$;
__webpack_unused_export__ = UpdateRegexPatternSet$;
__webpack_unused_export__ = UpdateRegexPatternSetCommand;
__webpack_unused_export__ = UpdateRegexPatternSetRequest$;
__webpack_unused_export__ = UpdateRegexPatternSetResponse$;
__webpack_unused_export__ = UpdateRuleGroup$;
__webpack_unused_export__ = UpdateRuleGroupCommand;
__webpack_unused_export__ = UpdateRuleGroupRequest$;
__webpack_unused_export__ = UpdateRuleGroupResponse$;
__webpack_unused_export__ = UpdateWebACL$;
__webpack_unused_export__ = UpdateWebACLCommand;
__webpack_unused_export__ = UpdateWebACLRequest$;
__webpack_unused_export__ = UpdateWebACLResponse$;
__webpack_unused_export__ = UriFragment$;
__webpack_unused_export__ = UriPath$;
__webpack_unused_export__ = UsageOfAction;
__webpack_unused_export__ = UsernameField$;
__webpack_unused_export__ = VersionToPublish$;
__webpack_unused_export__ = VisibilityConfig$;
__webpack_unused_export__ = WAFAssociatedItemException;
__webpack_unused_export__ = WAFAssociatedItemException$;
__webpack_unused_export__ = WAFConfigurationWarningException;
__webpack_unused_export__ = WAFConfigurationWarningException$;
__webpack_unused_export__ = WAFDuplicateItemException;
__webpack_unused_export__ = WAFDuplicateItemException$;
__webpack_unused_export__ = WAFExpiredManagedRuleGroupVersionException;
__webpack_unused_export__ = WAFExpiredManagedRuleGroupVersionException$;
__webpack_unused_export__ = WAFFeatureNotIncludedInPricingPlanException;
__webpack_unused_export__ = WAFFeatureNotIncludedInPricingPlanException$;
__webpack_unused_export__ = WAFInternalErrorException;
__webpack_unused_export__ = WAFInternalErrorException$;
__webpack_unused_export__ = WAFInvalidOperationException;
__webpack_unused_export__ = WAFInvalidOperationException$;
__webpack_unused_export__ = WAFInvalidParameterException;
__webpack_unused_export__ = WAFInvalidParameterException$;
__webpack_unused_export__ = WAFInvalidPermissionPolicyException;
__webpack_unused_export__ = WAFInvalidPermissionPolicyException$;
__webpack_unused_export__ = WAFInvalidResourceException;
__webpack_unused_export__ = WAFInvalidResourceException$;
__webpack_unused_export__ = WAFLimitsExceededException;
__webpack_unused_export__ = WAFLimitsExceededException$;
__webpack_unused_export__ = WAFLogDestinationPermissionIssueException;
__webpack_unused_export__ = WAFLogDestinationPermissionIssueException$;
__webpack_unused_export__ = WAFNonexistentItemException;
__webpack_unused_export__ = WAFNonexistentItemException$;
__webpack_unused_export__ = WAFOptimisticLockException;
__webpack_unused_export__ = WAFOptimisticLockException$;
__webpack_unused_export__ = WAFServiceLinkedRoleErrorException;
__webpack_unused_export__ = WAFServiceLinkedRoleErrorException$;
__webpack_unused_export__ = WAFSubscriptionNotFoundException;
__webpack_unused_export__ = WAFSubscriptionNotFoundException$;
__webpack_unused_export__ = WAFTagOperationException;
__webpack_unused_export__ = WAFTagOperationException$;
__webpack_unused_export__ = WAFTagOperationInternalErrorException;
__webpack_unused_export__ = WAFTagOperationInternalErrorException$;
__webpack_unused_export__ = WAFUnavailableEntityException;
__webpack_unused_export__ = WAFUnavailableEntityException$;
__webpack_unused_export__ = WAFUnsupportedAggregateKeyTypeException;
__webpack_unused_export__ = WAFUnsupportedAggregateKeyTypeException$;
__webpack_unused_export__ = WAFV2;
exports.m5V = WAFV2Client;
__webpack_unused_export__ = WAFV2ServiceException;
__webpack_unused_export__ = WAFV2ServiceException$;
__webpack_unused_export__ = WebACL$;
__webpack_unused_export__ = WebACLSummary$;
__webpack_unused_export__ = XssMatchStatement$;
__webpack_unused_export__ = errorTypeRegistries;


/***/ })

};
