export const id = 445;
export const ids = [445];
export const modules = {

/***/ 2445:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

var __webpack_unused_export__;
const { awsEndpointFunctions, emitWarningIfUnsupportedVersion: emitWarningIfUnsupportedVersion$1, createDefaultUserAgentProvider, NODE_APP_ID_CONFIG_OPTIONS, getAwsRegionExtensionConfiguration, resolveAwsRegionExtensionConfiguration, resolveUserAgentConfig, resolveHostHeaderConfig, getUserAgentPlugin, getHostHeaderPlugin, getLoggerPlugin, getRecursionDetectionPlugin } = __webpack_require__(5152);
const { getHttpAuthSchemeEndpointRuleSetPlugin, DefaultIdentityProviderConfig, getHttpSigningPlugin, createPaginator } = __webpack_require__(402);
const { normalizeProvider, getSmithyContext, ServiceException, NoOpLogger, emitWarningIfUnsupportedVersion, loadConfigsForDefaultMode, getDefaultExtensionConfiguration, resolveDefaultRuntimeConfig, Client, makeBuilder, createAggregatedClient } = __webpack_require__(2658);
const { Command: $Command } = __webpack_require__(2658);
__webpack_unused_export__ = $Command;
__webpack_unused_export__ = Client;
const { resolveDefaultsModeConfig, loadConfig, NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, NODE_REGION_CONFIG_OPTIONS, NODE_REGION_CONFIG_FILE_OPTIONS, resolveRegionConfig } = __webpack_require__(7291);
const { BinaryDecisionDiagram, EndpointCache, decideEndpoint, customEndpointFunctions, resolveEndpointConfig, getEndpointPlugin } = __webpack_require__(2085);
const { parseUrl, getHttpHandlerExtensionConfiguration, resolveHttpHandlerRuntimeConfig, getContentLengthPlugin } = __webpack_require__(3422);
const { DEFAULT_RETRY_MODE, NODE_RETRY_MODE_CONFIG_OPTIONS, NODE_MAX_ATTEMPT_CONFIG_OPTIONS, resolveRetryConfig, getRetryPlugin } = __webpack_require__(3609);
const { TypeRegistry, getSchemaSerdePlugin } = __webpack_require__(6890);
const { resolveAwsSdkSigV4Config, AwsSdkSigV4Signer, NODE_AUTH_SCHEME_PREFERENCE_OPTIONS } = __webpack_require__(7523);
const { defaultProvider } = __webpack_require__(5861);
const { toUtf8, fromUtf8, toBase64, fromBase64, calculateBodyLength } = __webpack_require__(2430);
const { streamCollector, NodeHttpHandler } = __webpack_require__(1279);
const { AwsRestJsonProtocol } = __webpack_require__(7288);
const { Sha256 } = __webpack_require__(9542);

const defaultOpenSearchHttpAuthSchemeParametersProvider = async (config, context, input) => {
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
            name: "es",
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
const defaultOpenSearchHttpAuthSchemeProvider = (authParameters) => {
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
        defaultSigningName: "es",
    });
};
const commonParams = {
    UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
    Endpoint: { type: "builtInParams", name: "endpoint" },
    Region: { type: "builtInParams", name: "region" },
    UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" },
};

var version = "3.1137.0";
var packageInfo = {
	version: version};

const m = "ref";
const a = -1, b = true, c = "isSet", d = "PartitionResult", e = "booleanEquals", f = "getAttr", g = "stringEquals", h = { [m]: "Endpoint" }, i = { [m]: d }, j = { "fn": f, "argv": [i, "name"] }, k = {}, l = [{ [m]: "Region" }];
const _data = {
    conditions: [
        [c, [h]],
        [c, l],
        ["aws.partition", l, d],
        [e, [{ [m]: "UseFIPS" }, b]],
        [e, [{ [m]: "UseDualStack" }, b]],
        [e, [{ fn: f, argv: [i, "supportsDualStack"] }, b]],
        [e, [{ fn: f, argv: [i, "supportsFIPS"] }, b]],
        [g, [j, "aws"]],
        [g, [j, "aws-cn"]],
        [g, [j, "aws-us-gov"]]
    ],
    results: [
        [a],
        [a, "Invalid Configuration: FIPS and custom endpoint are not supported"],
        [a, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
        [h, k],
        ["https://es-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", k],
        [a, "FIPS and DualStack are enabled, but this partition does not support one or both"],
        ["https://es-fips.{Region}.{PartitionResult#dnsSuffix}", k],
        [a, "FIPS is enabled but this partition does not support FIPS"],
        ["https://aos.{Region}.api.aws", k],
        ["https://aos.{Region}.api.amazonwebservices.com.cn", k],
        ["https://es.{Region}.{PartitionResult#dualStackDnsSuffix}", k],
        [a, "DualStack is enabled but this partition does not support DualStack"],
        ["https://es.{Region}.{PartitionResult#dnsSuffix}", k],
        [a, "Invalid Configuration: Missing Region"]
    ]
};
const root = 2;
const r = 100_000_000;
const nodes = new Int32Array([
    -1, 1, -1,
    0, 15, 3,
    1, 4, r + 13,
    2, 5, r + 13,
    3, 11, 6,
    4, 7, r + 12,
    5, 8, r + 11,
    7, r + 8, 9,
    8, r + 9, 10,
    9, r + 8, r + 10,
    4, 13, 12,
    6, r + 6, r + 7,
    5, 14, r + 5,
    6, r + 4, r + 5,
    3, r + 1, 16,
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

class OpenSearchServiceException extends ServiceException {
    constructor(options) {
        super(options);
        Object.setPrototypeOf(this, OpenSearchServiceException.prototype);
    }
}

class DisabledOperationException extends OpenSearchServiceException {
    name = "DisabledOperationException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "DisabledOperationException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, DisabledOperationException.prototype);
    }
}
class LimitExceededException extends OpenSearchServiceException {
    name = "LimitExceededException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "LimitExceededException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, LimitExceededException.prototype);
    }
}
class ResourceNotFoundException extends OpenSearchServiceException {
    name = "ResourceNotFoundException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "ResourceNotFoundException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ResourceNotFoundException.prototype);
    }
}
class AccessDeniedException extends OpenSearchServiceException {
    name = "AccessDeniedException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "AccessDeniedException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, AccessDeniedException.prototype);
    }
}
class BaseException extends OpenSearchServiceException {
    name = "BaseException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "BaseException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, BaseException.prototype);
    }
}
class DependencyFailureException extends OpenSearchServiceException {
    name = "DependencyFailureException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "DependencyFailureException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, DependencyFailureException.prototype);
    }
}
class InternalException extends OpenSearchServiceException {
    name = "InternalException";
    $fault = "server";
    constructor(opts) {
        super({
            name: "InternalException",
            $fault: "server",
            ...opts,
        });
        Object.setPrototypeOf(this, InternalException.prototype);
    }
}
class ValidationException extends OpenSearchServiceException {
    name = "ValidationException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "ValidationException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ValidationException.prototype);
    }
}
class ConflictException extends OpenSearchServiceException {
    name = "ConflictException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "ConflictException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ConflictException.prototype);
    }
}
class InvalidTypeException extends OpenSearchServiceException {
    name = "InvalidTypeException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "InvalidTypeException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidTypeException.prototype);
    }
}
class ResourceAlreadyExistsException extends OpenSearchServiceException {
    name = "ResourceAlreadyExistsException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "ResourceAlreadyExistsException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ResourceAlreadyExistsException.prototype);
    }
}
class ThrottlingException extends OpenSearchServiceException {
    name = "ThrottlingException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "ThrottlingException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ThrottlingException.prototype);
    }
}
class InvalidPaginationTokenException extends OpenSearchServiceException {
    name = "InvalidPaginationTokenException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "InvalidPaginationTokenException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidPaginationTokenException.prototype);
    }
}
class ServiceQuotaExceededException extends OpenSearchServiceException {
    name = "ServiceQuotaExceededException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "ServiceQuotaExceededException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ServiceQuotaExceededException.prototype);
    }
}
class SlotNotAvailableException extends OpenSearchServiceException {
    name = "SlotNotAvailableException";
    $fault = "client";
    SlotSuggestions;
    constructor(opts) {
        super({
            name: "SlotNotAvailableException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, SlotNotAvailableException.prototype);
        this.SlotSuggestions = opts.SlotSuggestions;
    }
}

const _A = "Account";
const _AADD = "AnonymousAuthDisableDate";
const _AAE = "AnonymousAuthEnabled";
const _AAZC = "ActiveAvailabilityZoneCount";
const _AC = "AppConfig";
const _ACp = "AppConfigs";
const _ACs = "AssociationConfiguration";
const _ADE = "AccessDeniedException";
const _ADNC = "AvailableDataNodeCount";
const _ADQDS = "AddDirectQueryDataSource";
const _ADQDSR = "AddDirectQueryDataSourceRequest";
const _ADQDSRd = "AddDirectQueryDataSourceResponse";
const _ADS = "AddDataSource";
const _ADSR = "AddDataSourceRequest";
const _ADSRd = "AddDataSourceResponse";
const _ADSRt = "AttachDataSourceRequest";
const _ADSRtt = "AttachDataSourceResponse";
const _ADSt = "AttachDataSource";
const _AIC = "AIConfig";
const _AICR = "AcceptInboundConnectionRequest";
const _AICRc = "AcceptInboundConnectionResponse";
const _AICc = "AcceptInboundConnection";
const _AID = "ActionID";
const _AIMLO = "AIMLOptions";
const _AIMLOI = "AIMLOptionsInput";
const _AIMLOO = "AIMLOptionsOutput";
const _AIMLOS = "AIMLOptionsStatus";
const _AL = "AdditionalLimit";
const _ALE = "AppLogsEnabled";
const _ALL = "AdditionalLimitList";
const _ALUL = "AllowListedUserList";
const _ALd = "AdditionalLimits";
const _AO = "AdvancedOptions";
const _AOS = "AdvancedOptionsStatus";
const _AP = "AuthorizedPrincipal";
const _APC = "AvailablePackageConfiguration";
const _APL = "AuthorizedPrincipalList";
const _APP = "AvailablePluginProperties";
const _APR = "AssociatePackageRequest";
const _APRs = "AssociatePackageResponse";
const _APRss = "AssociatePackagesRequest";
const _APRsso = "AssociatePackagesResponse";
const _APS = "AccessPoliciesStatus";
const _APV = "AvailablePackageVersion";
const _APc = "AccessPolicies";
const _APs = "AssociatePackage";
const _APss = "AssociatePackages";
const _ARN = "ARN";
const _AS = "ApplicationSummary";
const _ASE = "AdvancedSecurityEnabled";
const _ASO = "AdvancedSecurityOptions";
const _ASOI = "AdvancedSecurityOptionsInput";
const _ASOS = "AdvancedSecurityOptionsStatus";
const _ASPO = "AutomatedSnapshotPauseOptions";
const _ASPOS = "AutomatedSnapshotPauseOptionsStatus";
const _ASPRO = "AutomatedSnapshotPauseRequestOptions";
const _ASSH = "AutomatedSnapshotStartHour";
const _ASUE = "AutoSoftwareUpdateEnabled";
const _ASp = "ApplicationSummaries";
const _AT = "AutoTune";
const _ATD = "AutoTuneDetails";
const _ATL = "AutoTuneList";
const _ATMS = "AutoTuneMaintenanceSchedule";
const _ATMSL = "AutoTuneMaintenanceScheduleList";
const _ATO = "AutoTuneOptions";
const _ATOI = "AutoTuneOptionsInput";
const _ATOO = "AutoTuneOptionsOutput";
const _ATOS = "AutoTuneOptionsStatus";
const _ATR = "AddTagsRequest";
const _ATS = "AutoTuneStatus";
const _ATT = "AutoTuneType";
const _ATc = "ActionType";
const _ATd = "AddTags";
const _ATu = "AutoTunes";
const _AUD = "AutomatedUpdateDate";
const _AV = "ActiveValue";
const _AVEA = "AuthorizeVpcEndpointAccess";
const _AVEAR = "AuthorizeVpcEndpointAccessRequest";
const _AVEARu = "AuthorizeVpcEndpointAccessResponse";
const _AWSDI = "AWSDomainInformation";
const _AZ = "AvailabilityZone";
const _AZC = "AvailabilityZoneCount";
const _AZI = "AvailabilityZoneInfo";
const _AZIL = "AvailabilityZoneInfoList";
const _AZIv = "AvailabilityZoneInformation";
const _AZN = "AvailabilityZoneName";
const _AZv = "AvailabilityZones";
const _Ac = "Action";
const _BE = "BaseException";
const _BSI = "BillingSubscriptionId";
const _C = "Connection";
const _CA = "ConnectionAlias";
const _CAR = "CreateApplicationRequest";
const _CARr = "CreateApplicationResponse";
const _CAr = "CreatedAt";
const _CAre = "CreateApplication";
const _CBRC = "CapabilityBaseRequestConfig";
const _CBRCa = "CapabilityBaseResponseConfig";
const _CC = "ClusterConfig";
const _CCI = "CancelledChangeIds";
const _CCP = "CancelledChangeProperties";
const _CCPL = "CancelledChangePropertyList";
const _CCPa = "CancelledChangeProperty";
const _CCS = "ConfigChangeStatus";
const _CCSCP = "CrossClusterSearchConnectionProperties";
const _CCSl = "ClusterConfigStatus";
const _CCSr = "CrossClusterSearch";
const _CCu = "CurrencyCode";
const _CD = "CreationDate";
const _CDCC = "CancelDomainConfigChange";
const _CDCCR = "CancelDomainConfigChangeRequest";
const _CDCCRa = "CancelDomainConfigChangeResponse";
const _CDNC = "ConfiguredDataNodeCount";
const _CDR = "CreateDomainRequest";
const _CDRr = "CreateDomainResponse";
const _CDr = "CreateDomain";
const _CE = "ConflictException";
const _CECA = "CustomEndpointCertificateArn";
const _CEE = "CustomEndpointEnabled";
const _CEFR = "CronExpressionForRecurrence";
const _CERC = "CapabilityExtendedResponseConfig";
const _CEo = "CognitoEnabled";
const _CEu = "CustomEndpoint";
const _CF = "CapabilityFailure";
const _CFa = "CapabilityFailures";
const _CH = "ClusterHealth";
const _CI = "ConnectionId";
const _CIR = "CreateIndexRequest";
const _CIRr = "CreateIndexResponse";
const _CIh = "ChangeId";
const _CIr = "CreateIndex";
const _CM = "ConnectionMode";
const _CMo = "CommitMessage";
const _CN = "ClassName";
const _CO = "CognitoOptions";
const _COC = "CreateOutboundConnection";
const _COCR = "CreateOutboundConnectionRequest";
const _COCRr = "CreateOutboundConnectionResponse";
const _COS = "CognitoOptionsStatus";
const _CP = "CompletedProperties";
const _CPD = "ChangeProgressDetails";
const _CPR = "CreatePackageRequest";
const _CPRr = "CreatePackageResponse";
const _CPS = "ChangeProgressStage";
const _CPSD = "ChangeProgressStatusDetails";
const _CPSL = "ChangeProgressStageList";
const _CPSh = "ChangeProgressStages";
const _CPSha = "ChangeProgressStatus";
const _CPo = "ConnectionProperties";
const _CPr = "CreatePackage";
const _CR = "ConfigurationRequirement";
const _CS = "ConnectionStatus";
const _CSO = "ColdStorageOptions";
const _CSSU = "CancelServiceSoftwareUpdate";
const _CSSUR = "CancelServiceSoftwareUpdateRequest";
const _CSSURa = "CancelServiceSoftwareUpdateResponse";
const _CSu = "CurrentState";
const _CT = "ClientToken";
const _CTr = "CreationTime";
const _CV = "CancelledValue";
const _CVE = "CreateVpcEndpoint";
const _CVER = "CreateVpcEndpointRequest";
const _CVERr = "CreateVpcEndpointResponse";
const _CVL = "CompatibleVersionsList";
const _CVM = "CompatibleVersionsMap";
const _CVo = "CompatibleVersions";
const _CVu = "CurrentVersion";
const _CWDQDS = "CloudWatchDirectQueryDataSource";
const _CWL = "CloudWatchLog";
const _CWLLGA = "CloudWatchLogsLogGroupArn";
const _Ca = "Cancellable";
const _Co = "Connections";
const _Cod = "Code";
const _Cou = "Count";
const _Cr = "Created";
const _D = "Description";
const _DA = "DomainArn";
const _DAR = "DeleteApplicationRequest";
const _DARe = "DeleteApplicationResponse";
const _DAe = "DeleteApplication";
const _DC = "DomainConfig";
const _DCR = "DeregisterCapabilityRequest";
const _DCRe = "DeregisterCapabilityResponse";
const _DCe = "DeregisterCapability";
const _DD = "DeleteDomain";
const _DDAT = "DescribeDomainAutoTunes";
const _DDATR = "DescribeDomainAutoTunesRequest";
const _DDATRe = "DescribeDomainAutoTunesResponse";
const _DDC = "DescribeDomainConfig";
const _DDCP = "DescribeDomainChangeProgress";
const _DDCPR = "DescribeDomainChangeProgressRequest";
const _DDCPRe = "DescribeDomainChangeProgressResponse";
const _DDCR = "DescribeDomainConfigRequest";
const _DDCRe = "DescribeDomainConfigResponse";
const _DDH = "DescribeDomainHealth";
const _DDHR = "DescribeDomainHealthRequest";
const _DDHRe = "DescribeDomainHealthResponse";
const _DDN = "DescribeDomainNodes";
const _DDNR = "DescribeDomainNodesRequest";
const _DDNRe = "DescribeDomainNodesResponse";
const _DDQDS = "DeleteDirectQueryDataSource";
const _DDQDSR = "DeleteDirectQueryDataSourceRequest";
const _DDR = "DeleteDomainRequest";
const _DDRP = "DescribeDryRunProgress";
const _DDRPR = "DescribeDryRunProgressRequest";
const _DDRPRe = "DescribeDryRunProgressResponse";
const _DDRe = "DeleteDomainResponse";
const _DDRes = "DescribeDomainRequest";
const _DDResc = "DescribeDomainResponse";
const _DDRescr = "DescribeDomainsRequest";
const _DDRescri = "DescribeDomainsResponse";
const _DDS = "DeleteDataSource";
const _DDSA = "DescribeDataSourceAttachment";
const _DDSAR = "DescribeDataSourceAttachmentRequest";
const _DDSARe = "DescribeDataSourceAttachmentResponse";
const _DDSR = "DeleteDataSourceRequest";
const _DDSRe = "DeleteDataSourceResponse";
const _DDSRet = "DetachDataSourceRequest";
const _DDSReta = "DetachDataSourceResponse";
const _DDSe = "DetachDataSource";
const _DDe = "DescribeDomain";
const _DDes = "DescribeDomains";
const _DEO = "DomainEndpointOptions";
const _DEOS = "DomainEndpointOptionsStatus";
const _DEVHZI = "DomainEndpointV2HostedZoneId";
const _DFE = "DependencyFailureException";
const _DI = "DomainInfo";
const _DIC = "DomainInformationContainer";
const _DICR = "DeleteInboundConnectionRequest";
const _DICRe = "DeleteInboundConnectionResponse";
const _DICRes = "DescribeInboundConnectionsRequest";
const _DICResc = "DescribeInboundConnectionsResponse";
const _DICe = "DeleteInboundConnection";
const _DICes = "DescribeInboundConnections";
const _DID = "DescribeInsightDetails";
const _DIDR = "DescribeInsightDetailsRequest";
const _DIDRe = "DescribeInsightDetailsResponse";
const _DIL = "DomainInfoList";
const _DIR = "DeleteIndexRequest";
const _DIRe = "DeleteIndexResponse";
const _DITL = "DescribeInstanceTypeLimits";
const _DITLR = "DescribeInstanceTypeLimitsRequest";
const _DITLRe = "DescribeInstanceTypeLimitsResponse";
const _DIe = "DeleteIndex";
const _DIo = "DomainId";
const _DM = "DedicatedMaster";
const _DMC = "DedicatedMasterCount";
const _DMD = "DomainMaintenanceDetails";
const _DME = "DedicatedMasterEnabled";
const _DML = "DomainMaintenanceList";
const _DMT = "DedicatedMasterType";
const _DMo = "DomainMaintenances";
const _DN = "DomainName";
const _DNC = "DataNodeCount";
const _DNS = "DomainNodesStatus";
const _DNSL = "DomainNodesStatusList";
const _DNi = "DisplayName";
const _DNo = "DomainNames";
const _DOC = "DeleteOutboundConnection";
const _DOCR = "DeleteOutboundConnectionRequest";
const _DOCRe = "DeleteOutboundConnectionResponse";
const _DOCRes = "DescribeOutboundConnectionsRequest";
const _DOCResc = "DescribeOutboundConnectionsResponse";
const _DOCe = "DescribeOutboundConnections";
const _DOE = "DisabledOperationException";
const _DP = "DeletePackage";
const _DPD = "DomainPackageDetails";
const _DPDL = "DomainPackageDetailsList";
const _DPF = "DescribePackagesFilter";
const _DPFL = "DescribePackagesFilterList";
const _DPR = "DeletePackageRequest";
const _DPRe = "DeletePackageResponse";
const _DPRes = "DescribePackagesRequest";
const _DPResc = "DescribePackagesResponse";
const _DPRi = "DissociatePackageRequest";
const _DPRis = "DissociatePackageResponse";
const _DPRiss = "DissociatePackagesRequest";
const _DPRisso = "DissociatePackagesResponse";
const _DPS = "DomainPackageStatus";
const _DPSo = "DomainProcessingStatus";
const _DPe = "DescribePackages";
const _DPi = "DissociatePackage";
const _DPis = "DissociatePackages";
const _DQDS = "DirectQueryDataSource";
const _DQDSL = "DirectQueryDataSourceList";
const _DQDST = "DirectQueryDataSourceType";
const _DQDSi = "DirectQueryDataSources";
const _DR = "DryRun";
const _DRC = "DryRunConfig";
const _DRI = "DryRunId";
const _DRIO = "DescribeReservedInstanceOfferings";
const _DRIOR = "DescribeReservedInstanceOfferingsRequest";
const _DRIORe = "DescribeReservedInstanceOfferingsResponse";
const _DRIR = "DescribeReservedInstancesRequest";
const _DRIRe = "DescribeReservedInstancesResponse";
const _DRIe = "DescribeReservedInstances";
const _DRM = "DryRunMode";
const _DRPS = "DryRunProgressStatus";
const _DRR = "DryRunResults";
const _DRS = "DryRunStatus";
const _DS = "DesiredState";
const _DSA = "DataSourceArn";
const _DSAP = "DataSourceAccessPolicy";
const _DSAS = "DataSourceAttachmentSummary";
const _DSASL = "DataSourceAttachmentSummaryList";
const _DSD = "DataSourceDetails";
const _DSL = "DomainStatusList";
const _DSLa = "DataSourceList";
const _DSN = "DataSourceName";
const _DSO = "DeploymentStrategyOptions";
const _DSOS = "DeploymentStrategyOptionsStatus";
const _DST = "DataSourceType";
const _DSTe = "DesiredStartTime";
const _DSa = "DataSource";
const _DSat = "DataSources";
const _DSe = "DeploymentStrategy";
const _DSo = "DomainStatus";
const _DSom = "DomainState";
const _DT = "DeploymentType";
const _DVE = "DeleteVpcEndpoint";
const _DVER = "DeleteVpcEndpointRequest";
const _DVERe = "DeleteVpcEndpointResponse";
const _DVERes = "DescribeVpcEndpointsRequest";
const _DVEResc = "DescribeVpcEndpointsResponse";
const _DVEe = "DescribeVpcEndpoints";
const _Da = "Date";
const _De = "Deleted";
const _Du = "Duration";
const _E = "Enabled";
const _EAPIA = "EnabledAPIAccess";
const _EARO = "EncryptionAtRestOptions";
const _EAROS = "EncryptionAtRestOptionsStatus";
const _EBSE = "EBSEnabled";
const _EBSO = "EBSOptions";
const _EBSOS = "EBSOptionsStatus";
const _EC = "ErrorCode";
const _ED = "ErrorDetails";
const _EE = "EncryptionEnabled";
const _EEg = "EgressEnabled";
const _EHTTPS = "EnforceHTTPS";
const _EI = "EnvironmentInformation";
const _EIL = "EnvironmentInfoList";
const _EIn = "EnvironmentInfo";
const _EInt = "EntityId";
const _EM = "ErrorMessage";
const _EMS = "EngineModeStatus";
const _EMn = "EngineMode";
const _EO = "ExportOptions";
const _ET = "EndTime";
const _ETn = "EngineType";
const _ETr = "ErrorType";
const _EV = "EngineVersion";
const _EVn = "EndpointV2";
const _En = "Endpoint";
const _End = "Endpoints";
const _Ent = "Entity";
const _F = "Filters";
const _FL = "FilterList";
const _FP = "FixedPrice";
const _FT = "FeedbackText";
const _Fi = "Fields";
const _Fil = "Filter";
const _Fr = "From";
const _GA = "GetApplication";
const _GAR = "GetApplicationRequest";
const _GARe = "GetApplicationResponse";
const _GC = "GetCapability";
const _GCR = "GetCapabilityRequest";
const _GCRe = "GetCapabilityResponse";
const _GCV = "GetCompatibleVersions";
const _GCVR = "GetCompatibleVersionsRequest";
const _GCVRe = "GetCompatibleVersionsResponse";
const _GDAS = "GetDefaultApplicationSetting";
const _GDASR = "GetDefaultApplicationSettingRequest";
const _GDASRe = "GetDefaultApplicationSettingResponse";
const _GDMS = "GetDomainMaintenanceStatus";
const _GDMSR = "GetDomainMaintenanceStatusRequest";
const _GDMSRe = "GetDomainMaintenanceStatusResponse";
const _GDQDS = "GetDirectQueryDataSource";
const _GDQDSR = "GetDirectQueryDataSourceRequest";
const _GDQDSRe = "GetDirectQueryDataSourceResponse";
const _GDS = "GetDataSource";
const _GDSR = "GetDataSourceRequest";
const _GDSRe = "GetDataSourceResponse";
const _GI = "GetIndex";
const _GIR = "GetIndexRequest";
const _GIRe = "GetIndexResponse";
const _GM = "GetMigration";
const _GMR = "GetMigrationRequest";
const _GMRe = "GetMigrationResponse";
const _GPVH = "GetPackageVersionHistory";
const _GPVHR = "GetPackageVersionHistoryRequest";
const _GPVHRe = "GetPackageVersionHistoryResponse";
const _GUH = "GetUpgradeHistory";
const _GUHR = "GetUpgradeHistoryRequest";
const _GUHRe = "GetUpgradeHistoryResponse";
const _GUS = "GetUpgradeStatus";
const _GUSR = "GetUpgradeStatusRequest";
const _GUSRe = "GetUpgradeStatusResponse";
const _H = "Hours";
const _I = "Iops";
const _IAMFO = "IAMFederationOptions";
const _IAMFOI = "IAMFederationOptionsInput";
const _IAMFOO = "IAMFederationOptionsOutput";
const _IB = "InitiatedBy";
const _IC = "InstanceCount";
const _ICAARN = "IdentityCenterApplicationARN";
const _ICIARN = "IdentityCenterInstanceARN";
const _ICIR = "IdentityCenterInstanceRegion";
const _ICL = "InstanceCountLimits";
const _ICO = "IdentityCenterOptions";
const _ICOI = "IdentityCenterOptionsInput";
const _ICOS = "IdentityCenterOptionsStatus";
const _ICS = "InboundConnectionStatus";
const _ICn = "InboundConnection";
const _ICnb = "InboundConnections";
const _IE = "InternalException";
const _IEn = "InsightEntity";
const _IEs = "IsExperimental";
const _IF = "InsightField";
const _IFE = "InsightFeedbackEntity";
const _IFL = "InsightFieldList";
const _IFR = "InsightFeedbackRequest";
const _IFRn = "InsightFeedbackResponse";
const _IFn = "InsightFeedback";
const _II = "InsightId";
const _IICO = "IamIdentityCenterOptions";
const _IICOI = "IamIdentityCenterOptionsInput";
const _IL = "InstanceLimits";
const _ILn = "InsightList";
const _IN = "IndexName";
const _IPAT = "IPAddressType";
const _IPATS = "IPAddressTypeStatus";
const _IPI = "IdentityPoolId";
const _IPTE = "InvalidPaginationTokenException";
const _IR = "InstanceRole";
const _IS = "IndexSchema";
const _ISI = "IdentityStoreId";
const _IT = "InstanceType";
const _ITD = "InstanceTypeDetails";
const _ITDL = "InstanceTypeDetailsList";
const _ITE = "InvalidTypeException";
const _ITR = "InsightTimeRange";
const _IUDE = "InternalUserDatabaseEnabled";
const _Id = "Idp";
const _Id_ = "Id";
const _In = "Insight";
const _Ins = "Insights";
const _Is = "Issues";
const _JU = "JwksUrl";
const _JWTO = "JWTOptions";
const _JWTOI = "JWTOptionsInput";
const _JWTOO = "JWTOptionsOutput";
const _K = "Key";
const _KARA = "KeyAccessRoleArn";
const _KKI = "KmsKeyId";
const _KKIm = "KmsKeyIdentifier";
const _KSAE = "KeyStoreAccessEnabled";
const _KSAO = "KeyStoreAccessOption";
const _L = "Limits";
const _LA = "ListApplications";
const _LAR = "ListApplicationsRequest";
const _LARi = "ListApplicationsResponse";
const _LBR = "LimitsByRole";
const _LDFP = "ListDomainsForPackage";
const _LDFPR = "ListDomainsForPackageRequest";
const _LDFPRi = "ListDomainsForPackageResponse";
const _LDI = "LocalDomainInfo";
const _LDM = "ListDomainMaintenances";
const _LDMR = "ListDomainMaintenancesRequest";
const _LDMRi = "ListDomainMaintenancesResponse";
const _LDN = "ListDomainNames";
const _LDNR = "ListDomainNamesRequest";
const _LDNRi = "ListDomainNamesResponse";
const _LDQDS = "ListDirectQueryDataSources";
const _LDQDSR = "ListDirectQueryDataSourcesRequest";
const _LDQDSRi = "ListDirectQueryDataSourcesResponse";
const _LDRC = "LoadDryRunConfig";
const _LDS = "ListDataSources";
const _LDSA = "ListDataSourceAttachments";
const _LDSAR = "ListDataSourceAttachmentsRequest";
const _LDSARi = "ListDataSourceAttachmentsResponse";
const _LDSR = "ListDataSourcesRequest";
const _LDSRi = "ListDataSourcesResponse";
const _LEE = "LimitExceededException";
const _LF = "LicenseFilepath";
const _LI = "ListInsights";
const _LIR = "ListInsightsRequest";
const _LIRi = "ListInsightsResponse";
const _LITD = "ListInstanceTypeDetails";
const _LITDR = "ListInstanceTypeDetailsRequest";
const _LITDRi = "ListInstanceTypeDetailsResponse";
const _LM = "ListMigrations";
const _LMR = "ListMigrationsRequest";
const _LMRi = "ListMigrationsResponse";
const _LN = "LimitName";
const _LPFD = "ListPackagesForDomain";
const _LPFDR = "ListPackagesForDomainRequest";
const _LPFDRi = "ListPackagesForDomainResponse";
const _LPO = "LogPublishingOptions";
const _LPOS = "LogPublishingOptionsStatus";
const _LPOo = "LogPublishingOption";
const _LR = "LicenseRequirement";
const _LSA = "ListScheduledActions";
const _LSAR = "ListScheduledActionsRequest";
const _LSARi = "ListScheduledActionsResponse";
const _LT = "ListTags";
const _LTR = "ListTagsRequest";
const _LTRi = "ListTagsResponse";
const _LU = "LastUpdated";
const _LUA = "LastUpdatedAt";
const _LUT = "LastUpdatedTime";
const _LV = "LimitValues";
const _LVE = "ListVpcEndpoints";
const _LVEA = "ListVpcEndpointAccess";
const _LVEAR = "ListVpcEndpointAccessRequest";
const _LVEARi = "ListVpcEndpointAccessResponse";
const _LVEFD = "ListVpcEndpointsForDomain";
const _LVEFDR = "ListVpcEndpointsForDomainRequest";
const _LVEFDRi = "ListVpcEndpointsForDomainResponse";
const _LVER = "ListVpcEndpointsRequest";
const _LVERi = "ListVpcEndpointsResponse";
const _LVR = "ListVersionsRequest";
const _LVRi = "ListVersionsResponse";
const _LVi = "ListVersions";
const _M = "Message";
const _MAZWSE = "MultiAZWithStandbyEnabled";
const _MBR = "MasterBackendRole";
const _MC = "MetadataContent";
const _ME = "MigrationError";
const _MENC = "MasterEligibleNodeCount";
const _MI = "MaintenanceId";
const _MIC = "MinimumInstanceCount";
const _MICa = "MaximumInstanceCount";
const _MN = "MasterNode";
const _MO = "MigrationOptions";
const _MP = "ModifyingProperties";
const _MPL = "ModifyingPropertiesList";
const _MR = "MaxResults";
const _MS = "MaintenanceSchedules";
const _MSL = "MigrationSummaryList";
const _MSi = "MigrationSource";
const _MSig = "MigrationSummary";
const _MUARN = "MasterUserARN";
const _MUN = "MasterUserName";
const _MUO = "MasterUserOptions";
const _MUP = "MasterUserPassword";
const _MW = "MigrationWorkspace";
const _Ma = "Mandatory";
const _Mi = "Minutes";
const _N = "Name";
const _NC = "NodeConfig";
const _NI = "NodeId";
const _NLQGO = "NaturalLanguageQueryGenerationOptions";
const _NLQGOI = "NaturalLanguageQueryGenerationOptionsInput";
const _NLQGOO = "NaturalLanguageQueryGenerationOptionsOutput";
const _NO = "NodeOptions";
const _NOL = "NodeOptionsList";
const _NOo = "NodeOption";
const _NS = "NodeStatus";
const _NT = "NextToken";
const _NTNEO = "NodeToNodeEncryptionOptions";
const _NTNEOS = "NodeToNodeEncryptionOptionsStatus";
const _NTo = "NodeType";
const _NV = "NewVersion";
const _O = "Options";
const _OC = "OutboundConnection";
const _OCS = "OutboundConnectionStatus";
const _OCu = "OutboundConnections";
const _OD = "OptionalDeployment";
const _OI = "OwnerId";
const _OPW = "OffPeakWindow";
const _OPWO = "OffPeakWindowOptions";
const _OPWOS = "OffPeakWindowOptionsStatus";
const _OS = "OptionStatus";
const _OSA = "OpenSearchArns";
const _Op = "Operation";
const _P = "Password";
const _PAC = "PackageAssociationConfiguration";
const _PC = "PackageConfiguration";
const _PCO = "PerformCheckOnly";
const _PD = "PendingDeletion";
const _PDAS = "PutDefaultApplicationSetting";
const _PDASR = "PutDefaultApplicationSettingRequest";
const _PDASRu = "PutDefaultApplicationSettingResponse";
const _PDFA = "PackageDetailsForAssociation";
const _PDFAL = "PackageDetailsForAssociationList";
const _PDL = "PackageDetailsList";
const _PDQDS = "PrometheusDirectQueryDataSource";
const _PDa = "PackageDescription";
const _PDac = "PackageDetails";
const _PEO = "PackageEncryptionOptions";
const _PID = "PackageID";
const _PK = "PublicKey";
const _PL = "PackageList";
const _PN = "PropertyName";
const _PNa = "PackageName";
const _PO = "PackageOwner";
const _POa = "PaymentOption";
const _PP = "PendingProperties";
const _PPIDL = "PrerequisitePackageIDList";
const _PPl = "PluginProperties";
const _PPr = "ProgressPercent";
const _PRIO = "PurchaseReservedInstanceOffering";
const _PRIOR = "PurchaseReservedInstanceOfferingRequest";
const _PRIORu = "PurchaseReservedInstanceOfferingResponse";
const _PS = "PackageSource";
const _PSa = "PackageStatus";
const _PT = "PrincipalType";
const _PTa = "PackageType";
const _PUL = "PackageUserList";
const _PV = "PackageVersion";
const _PVH = "PackageVersionHistory";
const _PVHL = "PackageVersionHistoryList";
const _PVO = "PackageVendingOptions";
const _PVe = "PendingValue";
const _Pr = "Principal";
const _Pri = "Priority";
const _Pro = "Processing";
const _Prom = "Prometheus";
const _R = "Region";
const _RA = "RoleArn";
const _RAEE = "ResourceAlreadyExistsException";
const _RAZ = "RetrieveAZs";
const _RAo = "RollbackAvailable";
const _RC = "RecurringCharge";
const _RCA = "RecurringChargeAmount";
const _RCF = "RecurringChargeFrequency";
const _RCL = "RecurringChargeList";
const _RCR = "RegisterCapabilityRequest";
const _RCRe = "RegisterCapabilityResponse";
const _RCe = "RecurringCharges";
const _RCeg = "RegisterCapability";
const _RDI = "RemoteDomainInfo";
const _RI = "ReservedInstances";
const _RIC = "RejectInboundConnection";
const _RICR = "RejectInboundConnectionRequest";
const _RICRe = "RejectInboundConnectionResponse";
const _RII = "ReservedInstanceId";
const _RIL = "ReservedInstanceList";
const _RIO = "ReservedInstanceOfferings";
const _RIOI = "ReservedInstanceOfferingId";
const _RIOL = "ReservedInstanceOfferingList";
const _RIOe = "ReservedInstanceOffering";
const _RIe = "ReservedInstance";
const _RK = "RolesKey";
const _RN = "ReservationName";
const _RNFE = "ResourceNotFoundException";
const _ROD = "RollbackOnDisable";
const _RP = "ReferencePath";
const _RRFCU = "RequiresRestartForConfigurationUpdate";
const _RSSO = "RollbackServiceSoftwareOptions";
const _RSSU = "RollbackServiceSoftwareUpdate";
const _RSSUR = "RollbackServiceSoftwareUpdateRequest";
const _RSSURo = "RollbackServiceSoftwareUpdateResponse";
const _RT = "RemoveTags";
const _RTR = "RemoveTagsRequest";
const _RVEA = "RevokeVpcEndpointAccess";
const _RVEAR = "RevokeVpcEndpointAccessRequest";
const _RVEARe = "RevokeVpcEndpointAccessResponse";
const _S = "Status";
const _SA = "StartAt";
const _SAL = "ScheduledActionsList";
const _SAMLI = "SAMLIdp";
const _SAMLO = "SAMLOptions";
const _SAMLOI = "SAMLOptionsInput";
const _SAMLOO = "SAMLOptionsOutput";
const _SATD = "ScheduledAutoTuneDetails";
const _SAc = "ScheduledActions";
const _SAch = "ScheduledAction";
const _SAche = "ScheduleAt";
const _SB = "ScheduledBy";
const _SBAZC = "StandByAvailabilityZoneCount";
const _SBN = "S3BucketName";
const _SC = "StatusCode";
const _SDM = "StartDomainMaintenance";
const _SDMR = "StartDomainMaintenanceRequest";
const _SDMRt = "StartDomainMaintenanceResponse";
const _SGDC = "S3GlueDataCatalog";
const _SGI = "SecurityGroupIds";
const _SHC = "ShowHtmlContent";
const _SI = "SubnetIds";
const _SK = "SubjectKey";
const _SKe = "S3Key";
const _SL = "StepsList";
const _SLDQDS = "SecurityLakeDirectQueryDataSource";
const _SLe = "SecurityLake";
const _SM = "StatusMessage";
const _SMR = "StartMigrationRequest";
const _SMRt = "StartMigrationResponse";
const _SMt = "StartMigration";
const _SNAE = "SlotNotAvailableException";
const _SO = "ServiceOptions";
const _SOI = "SavedObjectIdentifier";
const _SOIL = "SavedObjectIdentifierList";
const _SOS = "SnapshotOptionsStatus";
const _SOn = "SnapshotOptions";
const _SOo = "SortOrder";
const _SQEE = "ServiceQuotaExceededException";
const _SR = "SupportedRegions";
const _SS = "SlotSuggestions";
const _SSO = "ServiceSoftwareOptions";
const _SSSU = "StartServiceSoftwareUpdate";
const _SSSUR = "StartServiceSoftwareUpdateRequest";
const _SSSURt = "StartServiceSoftwareUpdateResponse";
const _SSTN = "StorageSubTypeName";
const _SSt = "StorageSize";
const _SSte = "StepStatus";
const _ST = "StartTime";
const _STL = "StorageTypeLimits";
const _STLL = "StorageTypeLimitList";
const _STLt = "StorageTypeLimit";
const _STLto = "StorageTypeList";
const _STM = "SessionTimeoutMinutes";
const _STN = "StorageTypeName";
const _STc = "ScheduledTime";
const _STt = "StorageType";
const _STta = "StartTimestamp";
const _STto = "StorageTypes";
const _SU = "SkipUnavailable";
const _SUO = "SoftwareUpdateOptions";
const _SUOS = "SoftwareUpdateOptionsStatus";
const _SV = "SourceVersion";
const _SVA = "ServerlessVectorAcceleration";
const _SVE = "S3VectorsEngine";
const _SVT = "StorageVolumeType";
const _Se = "Service";
const _Sev = "Severity";
const _St = "State";
const _T = "Throughput";
const _TE = "ThrottlingException";
const _TK = "TagKeys";
const _TL = "TagList";
const _TLSSP = "TLSSecurityPolicy";
const _TNOS = "TotalNumberOfStages";
const _TR = "TimeRange";
const _TS = "TotalShards";
const _TUAS = "TotalUnAssignedShards";
const _TV = "TargetVersions";
const _TVa = "TargetVersion";
const _Ta = "Tag";
const _Th = "Thumbs";
const _To = "To";
const _Ty = "Type";
const _U = "Username";
const _UA = "UpdatedAt";
const _UAR = "UpdateApplicationRequest";
const _UARp = "UpdateApplicationResponse";
const _UAp = "UpdateAvailable";
const _UApd = "UpdateApplication";
const _UC = "UseCase";
const _UCS = "UseCaseStatus";
const _UD = "UpdateDate";
const _UDC = "UpdateDomainConfig";
const _UDCR = "UpdateDomainConfigRequest";
const _UDCRp = "UpdateDomainConfigResponse";
const _UDQDS = "UpdateDirectQueryDataSource";
const _UDQDSR = "UpdateDirectQueryDataSourceRequest";
const _UDQDSRp = "UpdateDirectQueryDataSourceResponse";
const _UDR = "UpgradeDomainRequest";
const _UDRp = "UpgradeDomainResponse";
const _UDS = "UpdateDataSource";
const _UDSR = "UpdateDataSourceRequest";
const _UDSRp = "UpdateDataSourceResponse";
const _UDp = "UpgradeDomain";
const _UH = "UpgradeHistories";
const _UHL = "UpgradeHistoryList";
const _UHp = "UpgradeHistory";
const _UI = "UpgradeId";
const _UIR = "UpdateIndexRequest";
const _UIRp = "UpdateIndexResponse";
const _UIp = "UpdateIndex";
const _ULSSFBG = "UseLatestServiceSoftwareForBlueGreen";
const _UN = "UpgradeName";
const _UOPW = "UseOffPeakWindow";
const _UP = "UpgradeProcessing";
const _UPI = "UserPoolId";
const _UPR = "UpdatePackageRequest";
const _UPRp = "UpdatePackageResponse";
const _UPS = "UpdatePackageScope";
const _UPSR = "UpdatePackageScopeRequest";
const _UPSRp = "UpdatePackageScopeResponse";
const _UPp = "UpdatePackage";
const _UPs = "UsagePrice";
const _US = "UpgradeStep";
const _USA = "UpdateScheduledAction";
const _USAR = "UpdateScheduledActionRequest";
const _USARp = "UpdateScheduledActionResponse";
const _USI = "UpgradeStepItem";
const _USIB = "UncompressedSizeInBytes";
const _USL = "UpgradeStepsList";
const _USS = "UpgradeStepStatus";
const _USp = "UpdateStatus";
const _USpg = "UpgradeStatus";
const _UT = "UpdateTime";
const _UV = "UpdateVersion";
const _UVE = "UpdateVpcEndpoint";
const _UVER = "UpdateVpcEndpointRequest";
const _UVERp = "UpdateVpcEndpointResponse";
const _Un = "Unit";
const _V = "Value";
const _VE = "ValidationException";
const _VEE = "VpcEndpointErrors";
const _VEEL = "VpcEndpointErrorList";
const _VEEp = "VpcEndpointError";
const _VEI = "VpcEndpointId";
const _VEIp = "VpcEndpointIds";
const _VEO = "VpcEndpointOwner";
const _VES = "VpcEndpointSummary";
const _VESL = "VpcEndpointSummaryList";
const _VEe = "VendingEnabled";
const _VEp = "VpcEndpoint";
const _VEpc = "VpcEndpoints";
const _VF = "ValidationFailures";
const _VFa = "ValidationFailure";
const _VO = "VpcOptions";
const _VPCDI = "VPCDerivedInfo";
const _VPCDIS = "VPCDerivedInfoStatus";
const _VPCI = "VPCId";
const _VPCO = "VPCOptions";
const _VS = "VolumeSize";
const _VSe = "VersionStatus";
const _VT = "VolumeType";
const _VTa = "ValueType";
const _Va = "Values";
const _Ve = "Versions";
const _Ver = "Version";
const _WA = "WorkspaceArn";
const _WC = "WarmCount";
const _WCI = "WorkspaceConfigurationInput";
const _WE = "WarmEnabled";
const _WNC = "WarmNodeCount";
const _WST = "WindowStartTime";
const _WT = "WarmType";
const _ZAC = "ZoneAwarenessConfig";
const _ZAE = "ZoneAwarenessEnabled";
const _ZS = "ZoneStatus";
const _a = "arn";
const _aA = "applicationArn";
const _aC = "appConfigs";
const _aCi = "aiConfig";
const _aI = "attachmentId";
const _aIp = "applicationId";
const _ac = "action";
const _at = "attachments";
const _c = "client";
const _cA = "createdAt";
const _cC = "capabilityConfig";
const _cN = "capabilityName";
const _cR = "conflictResolution";
const _cT = "clientToken";
const _cW = "createWorkspace";
const _ch = "changeid";
const _co = "code";
const _d = "details";
const _dA = "datasourceArn";
const _dN = "domainName";
const _dRI = "dryRunId";
const _dS = "dataSources";
const _dSA = "dataSourceArn";
const _dSD = "dataSourceDescription";
const _e = "error";
const _eC = "exportedCount";
const _eO = "exportOptions";
const _eT = "engineType";
const _en = "endpoint";
const _ena = "enabled";
const _f = "failures";
const _h = "http";
const _hE = "httpError";
const _hQ = "httpQuery";
const _i = "id";
const _iC = "importedCount";
const _iICAA = "iamIdentityCenterApplicationArn";
const _iICIA = "iamIdentityCenterInstanceArn";
const _iICO = "iamIdentityCenterOptions";
const _iRD = "includeReferencesDeep";
const _iRFDSA = "iamRoleForDataSourceArn";
const _iRFICAA = "iamRoleForIdentityCenterApplicationArn";
const _iT = "instanceType";
const _k = "key";
const _kKA = "kmsKeyArn";
const _lDRC = "loadDryRunConfig";
const _lUA = "lastUpdatedAt";
const _m = "message";
const _mI = "maintenanceId";
const _mIi = "migrationId";
const _mO = "migrationOptions";
const _mR = "maxResults";
const _mi = "migrations";
const _n = "name";
const _nT = "nextToken";
const _ne = "nexttoken";
const _o = "objects";
const _oI = "offeringId";
const _r = "reason";
const _rAZ = "retrieveAZs";
const _rI = "reservationId";
const _s = "smithy.ts.sdk.synthetic.com.amazonaws.opensearch";
const _sAD = "setAsDefault";
const _se = "server";
const _so = "source";
const _st = "status";
const _sta = "statuses";
const _t = "types";
const _tL = "tagList";
const _ty = "type";
const _uA = "updatedAt";
const _v = "value";
const _w = "workspace";
const _wC = "workspaceConfiguration";
const _wI = "workspaceId";
const _wT = "workspaceType";
const _xN = "xmlName";
const n0 = "com.amazonaws.opensearch";
const _s_registry = new TypeRegistry(_s);
var OpenSearchServiceException$ = [-3, _s, "OpenSearchServiceException", 0, [], []];
_s_registry.registerError(OpenSearchServiceException$, OpenSearchServiceException);
const n0_registry = new TypeRegistry(n0);
var AccessDeniedException$ = [-3, n0, _ADE,
    { [_e]: _c, [_hE]: 403 },
    [_m],
    [0]
];
n0_registry.registerError(AccessDeniedException$, AccessDeniedException);
var BaseException$ = [-3, n0, _BE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(BaseException$, BaseException);
var ConflictException$ = [-3, n0, _CE,
    { [_e]: _c, [_hE]: 409 },
    [_m],
    [0]
];
n0_registry.registerError(ConflictException$, ConflictException);
var DependencyFailureException$ = [-3, n0, _DFE,
    { [_e]: _c, [_hE]: 424 },
    [_m],
    [0]
];
n0_registry.registerError(DependencyFailureException$, DependencyFailureException);
var DisabledOperationException$ = [-3, n0, _DOE,
    { [_e]: _c, [_hE]: 409 },
    [_m],
    [0]
];
n0_registry.registerError(DisabledOperationException$, DisabledOperationException);
var InternalException$ = [-3, n0, _IE,
    { [_e]: _se, [_hE]: 500 },
    [_m],
    [0]
];
n0_registry.registerError(InternalException$, InternalException);
var InvalidPaginationTokenException$ = [-3, n0, _IPTE,
    { [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(InvalidPaginationTokenException$, InvalidPaginationTokenException);
var InvalidTypeException$ = [-3, n0, _ITE,
    { [_e]: _c, [_hE]: 409 },
    [_m],
    [0]
];
n0_registry.registerError(InvalidTypeException$, InvalidTypeException);
var LimitExceededException$ = [-3, n0, _LEE,
    { [_e]: _c, [_hE]: 409 },
    [_m],
    [0]
];
n0_registry.registerError(LimitExceededException$, LimitExceededException);
var ResourceAlreadyExistsException$ = [-3, n0, _RAEE,
    { [_e]: _c, [_hE]: 409 },
    [_m],
    [0]
];
n0_registry.registerError(ResourceAlreadyExistsException$, ResourceAlreadyExistsException);
var ResourceNotFoundException$ = [-3, n0, _RNFE,
    { [_e]: _c, [_hE]: 409 },
    [_m],
    [0]
];
n0_registry.registerError(ResourceNotFoundException$, ResourceNotFoundException);
var ServiceQuotaExceededException$ = [-3, n0, _SQEE,
    { [_e]: _c, [_hE]: 402 },
    [_m],
    [0]
];
n0_registry.registerError(ServiceQuotaExceededException$, ServiceQuotaExceededException);
var SlotNotAvailableException$ = [-3, n0, _SNAE,
    { [_e]: _c, [_hE]: 409 },
    [_SS, _m],
    [64 | 1, 0]
];
n0_registry.registerError(SlotNotAvailableException$, SlotNotAvailableException);
var ThrottlingException$ = [-3, n0, _TE,
    { [_e]: _c, [_hE]: 429 },
    [_m],
    [0]
];
n0_registry.registerError(ThrottlingException$, ThrottlingException);
var ValidationException$ = [-3, n0, _VE,
    { [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(ValidationException$, ValidationException);
const errorTypeRegistries = [
    _s_registry,
    n0_registry,
];
var Password = [0, n0, _P, 8, 0];
var Username = [0, n0, _U, 8, 0];
var AcceptInboundConnectionRequest$ = [3, n0, _AICR,
    0,
    [_CI],
    [[0, 1]], 1
];
var AcceptInboundConnectionResponse$ = [3, n0, _AICRc,
    0,
    [_C],
    [() => InboundConnection$]
];
var AccessPoliciesStatus$ = [3, n0, _APS,
    0,
    [_O, _S],
    [0, () => OptionStatus$], 2
];
var AddDataSourceRequest$ = [3, n0, _ADSR,
    0,
    [_DN, _N, _DST, _D],
    [[0, 1], 0, () => DataSourceType$, 0], 3
];
var AddDataSourceResponse$ = [3, n0, _ADSRd,
    0,
    [_M],
    [0]
];
var AddDirectQueryDataSourceRequest$ = [3, n0, _ADQDSR,
    0,
    [_DSN, _DST, _D, _OSA, _DSAP, _TL],
    [0, () => DirectQueryDataSourceType$, 0, 64 | 0, 0, () => TagList], 2
];
var AddDirectQueryDataSourceResponse$ = [3, n0, _ADQDSRd,
    0,
    [_DSA],
    [0]
];
var AdditionalLimit$ = [3, n0, _AL,
    0,
    [_LN, _LV],
    [0, 64 | 0]
];
var AddTagsRequest$ = [3, n0, _ATR,
    0,
    [_ARN, _TL],
    [0, () => TagList], 2
];
var AdvancedOptionsStatus$ = [3, n0, _AOS,
    0,
    [_O, _S],
    [128 | 0, () => OptionStatus$], 2
];
var AdvancedSecurityOptions$ = [3, n0, _ASO,
    0,
    [_E, _IUDE, _SAMLO, _JWTO, _IAMFO, _AADD, _AAE],
    [2, 2, () => SAMLOptionsOutput$, () => JWTOptionsOutput$, () => IAMFederationOptionsOutput$, 4, 2]
];
var AdvancedSecurityOptionsInput$ = [3, n0, _ASOI,
    0,
    [_E, _IUDE, _MUO, _SAMLO, _JWTO, _IAMFO, _AAE],
    [2, 2, [() => MasterUserOptions$, 0], [() => SAMLOptionsInput$, 0], () => JWTOptionsInput$, () => IAMFederationOptionsInput$, 2]
];
var AdvancedSecurityOptionsStatus$ = [3, n0, _ASOS,
    0,
    [_O, _S],
    [() => AdvancedSecurityOptions$, () => OptionStatus$], 2
];
var AIConfig$ = [3, n0, _AIC,
    0,
    [],
    []
];
var AIMLOptionsInput$ = [3, n0, _AIMLOI,
    0,
    [_NLQGO, _SVE, _SVA],
    [() => NaturalLanguageQueryGenerationOptionsInput$, () => S3VectorsEngine$, () => ServerlessVectorAcceleration$]
];
var AIMLOptionsOutput$ = [3, n0, _AIMLOO,
    0,
    [_NLQGO, _SVE, _SVA],
    [() => NaturalLanguageQueryGenerationOptionsOutput$, () => S3VectorsEngine$, () => ServerlessVectorAcceleration$]
];
var AIMLOptionsStatus$ = [3, n0, _AIMLOS,
    0,
    [_O, _S],
    [() => AIMLOptionsOutput$, () => OptionStatus$]
];
var AppConfig$ = [3, n0, _AC,
    0,
    [_k, _v],
    [0, 0]
];
var ApplicationSummary$ = [3, n0, _AS,
    0,
    [_i, _a, _n, _en, _st, _cA, _lUA],
    [0, 0, 0, 0, 0, 4, 4]
];
var AssociatePackageRequest$ = [3, n0, _APR,
    0,
    [_PID, _DN, _PPIDL, _ACs],
    [[0, 1], [0, 1], 64 | 0, () => PackageAssociationConfiguration$], 2
];
var AssociatePackageResponse$ = [3, n0, _APRs,
    0,
    [_DPD],
    [() => DomainPackageDetails$]
];
var AssociatePackagesRequest$ = [3, n0, _APRss,
    0,
    [_PL, _DN],
    [() => PackageDetailsForAssociationList, 0], 2
];
var AssociatePackagesResponse$ = [3, n0, _APRsso,
    0,
    [_DPDL],
    [() => DomainPackageDetailsList]
];
var AttachDataSourceRequest$ = [3, n0, _ADSRt,
    0,
    [_i, _dSA, _wI, _wC, _cT],
    [[0, 1], 0, 0, () => WorkspaceConfigurationInput$, 0], 2
];
var AttachDataSourceResponse$ = [3, n0, _ADSRtt,
    0,
    [_aI, _i, _a, _dSA, _st],
    [0, 0, 0, 0, 0]
];
var AuthorizedPrincipal$ = [3, n0, _AP,
    0,
    [_PT, _Pr, _SO],
    [0, 0, () => ServiceOptions$]
];
var AuthorizeVpcEndpointAccessRequest$ = [3, n0, _AVEAR,
    0,
    [_DN, _A, _Se, _SO],
    [[0, 1], 0, 0, () => ServiceOptions$], 1
];
var AuthorizeVpcEndpointAccessResponse$ = [3, n0, _AVEARu,
    0,
    [_AP],
    [() => AuthorizedPrincipal$], 1
];
var AutomatedSnapshotPauseOptions$ = [3, n0, _ASPO,
    0,
    [_E, _ST, _ET, _St],
    [2, 4, 4, 0], 1
];
var AutomatedSnapshotPauseOptionsStatus$ = [3, n0, _ASPOS,
    0,
    [_O, _S],
    [() => AutomatedSnapshotPauseOptions$, () => OptionStatus$], 2
];
var AutomatedSnapshotPauseRequestOptions$ = [3, n0, _ASPRO,
    0,
    [_E, _ST, _ET],
    [2, 4, 4], 1
];
var AutoTune$ = [3, n0, _AT,
    0,
    [_ATT, _ATD],
    [0, () => AutoTuneDetails$]
];
var AutoTuneDetails$ = [3, n0, _ATD,
    0,
    [_SATD],
    [() => ScheduledAutoTuneDetails$]
];
var AutoTuneMaintenanceSchedule$ = [3, n0, _ATMS,
    0,
    [_SA, _Du, _CEFR],
    [4, () => Duration$, 0]
];
var AutoTuneOptions$ = [3, n0, _ATO,
    0,
    [_DS, _ROD, _MS, _UOPW],
    [0, 0, () => AutoTuneMaintenanceScheduleList, 2]
];
var AutoTuneOptionsInput$ = [3, n0, _ATOI,
    0,
    [_DS, _MS, _UOPW],
    [0, () => AutoTuneMaintenanceScheduleList, 2]
];
var AutoTuneOptionsOutput$ = [3, n0, _ATOO,
    0,
    [_St, _EM, _UOPW],
    [0, 0, 2]
];
var AutoTuneOptionsStatus$ = [3, n0, _ATOS,
    0,
    [_O, _S],
    [() => AutoTuneOptions$, () => AutoTuneStatus$]
];
var AutoTuneStatus$ = [3, n0, _ATS,
    0,
    [_CD, _UD, _St, _UV, _EM, _PD],
    [4, 4, 0, 1, 0, 2], 3
];
var AvailabilityZoneInfo$ = [3, n0, _AZI,
    0,
    [_AZN, _ZS, _CDNC, _ADNC, _TS, _TUAS],
    [0, 0, 0, 0, 0, 0]
];
var AWSDomainInformation$ = [3, n0, _AWSDI,
    0,
    [_DN, _OI, _R],
    [0, 0, 0], 1
];
var CancelDomainConfigChangeRequest$ = [3, n0, _CDCCR,
    0,
    [_DN, _DR],
    [[0, 1], 2], 1
];
var CancelDomainConfigChangeResponse$ = [3, n0, _CDCCRa,
    0,
    [_CCI, _CCP, _DR],
    [64 | 0, () => CancelledChangePropertyList, 2]
];
var CancelledChangeProperty$ = [3, n0, _CCPa,
    0,
    [_PN, _CV, _AV],
    [0, 0, 0]
];
var CancelServiceSoftwareUpdateRequest$ = [3, n0, _CSSUR,
    0,
    [_DN],
    [0], 1
];
var CancelServiceSoftwareUpdateResponse$ = [3, n0, _CSSURa,
    0,
    [_SSO],
    [() => ServiceSoftwareOptions$]
];
var CapabilityFailure$ = [3, n0, _CF,
    0,
    [_r, _d],
    [0, 0]
];
var ChangeProgressDetails$ = [3, n0, _CPD,
    0,
    [_CIh, _M, _CCS, _IB, _ST, _LUT],
    [0, 0, 0, 0, 4, 4]
];
var ChangeProgressStage$ = [3, n0, _CPS,
    0,
    [_N, _S, _D, _LU],
    [0, 0, 0, 4]
];
var ChangeProgressStatusDetails$ = [3, n0, _CPSD,
    0,
    [_CIh, _ST, _S, _PP, _CP, _TNOS, _CPSh, _LUT, _CCS, _IB],
    [0, 4, 0, 64 | 0, 64 | 0, 1, () => ChangeProgressStageList, 4, 0, 0]
];
var CloudWatchDirectQueryDataSource$ = [3, n0, _CWDQDS,
    0,
    [_RA],
    [0], 1
];
var ClusterConfig$ = [3, n0, _CC,
    0,
    [_IT, _IC, _DME, _ZAE, _ZAC, _DMT, _DMC, _WE, _WT, _WC, _CSO, _MAZWSE, _NO],
    [0, 1, 2, 2, () => ZoneAwarenessConfig$, 0, 1, 2, 0, 1, () => ColdStorageOptions$, 2, () => NodeOptionsList]
];
var ClusterConfigStatus$ = [3, n0, _CCSl,
    0,
    [_O, _S],
    [() => ClusterConfig$, () => OptionStatus$], 2
];
var CognitoOptions$ = [3, n0, _CO,
    0,
    [_E, _UPI, _IPI, _RA],
    [2, 0, 0, 0]
];
var CognitoOptionsStatus$ = [3, n0, _COS,
    0,
    [_O, _S],
    [() => CognitoOptions$, () => OptionStatus$], 2
];
var ColdStorageOptions$ = [3, n0, _CSO,
    0,
    [_E],
    [2], 1
];
var CompatibleVersionsMap$ = [3, n0, _CVM,
    0,
    [_SV, _TV],
    [0, 64 | 0]
];
var ConnectionProperties$ = [3, n0, _CPo,
    0,
    [_En, _CCSr],
    [0, () => CrossClusterSearchConnectionProperties$]
];
var CreateApplicationRequest$ = [3, n0, _CAR,
    0,
    [_n, _cT, _dS, _iICO, _aC, _tL, _kKA],
    [0, [0, 4], () => DataSources, () => IamIdentityCenterOptionsInput$, () => AppConfigs, () => TagList, 0], 1
];
var CreateApplicationResponse$ = [3, n0, _CARr,
    0,
    [_i, _n, _a, _dS, _iICO, _aC, _tL, _cA, _kKA],
    [0, 0, 0, () => DataSources, () => IamIdentityCenterOptions$, () => AppConfigs, () => TagList, 4, 0]
];
var CreateDomainRequest$ = [3, n0, _CDR,
    0,
    [_DN, _EV, _CC, _EBSO, _APc, _IPAT, _SOn, _VPCO, _CO, _EARO, _NTNEO, _AO, _LPO, _DEO, _ASO, _ICO, _TL, _ATO, _OPWO, _SUO, _AIMLO, _DSO, _ASPO, _UC, _EMn],
    [0, 0, () => ClusterConfig$, () => EBSOptions$, 0, 0, () => SnapshotOptions$, () => VPCOptions$, () => CognitoOptions$, () => EncryptionAtRestOptions$, () => NodeToNodeEncryptionOptions$, 128 | 0, () => LogPublishingOptions, () => DomainEndpointOptions$, [() => AdvancedSecurityOptionsInput$, 0], () => IdentityCenterOptionsInput$, () => TagList, () => AutoTuneOptionsInput$, () => OffPeakWindowOptions$, () => SoftwareUpdateOptions$, () => AIMLOptionsInput$, () => DeploymentStrategyOptions$, () => AutomatedSnapshotPauseRequestOptions$, 0, 0], 1
];
var CreateDomainResponse$ = [3, n0, _CDRr,
    0,
    [_DSo],
    [() => DomainStatus$]
];
var CreateIndexRequest$ = [3, n0, _CIR,
    0,
    [_DN, _IN, _IS],
    [[0, 1], 0, 15], 3
];
var CreateIndexResponse$ = [3, n0, _CIRr,
    0,
    [_S],
    [0], 1
];
var CreateOutboundConnectionRequest$ = [3, n0, _COCR,
    0,
    [_LDI, _RDI, _CA, _CM, _CPo],
    [() => DomainInformationContainer$, () => DomainInformationContainer$, 0, 0, () => ConnectionProperties$], 3
];
var CreateOutboundConnectionResponse$ = [3, n0, _COCRr,
    0,
    [_LDI, _RDI, _CA, _CS, _CI, _CM, _CPo],
    [() => DomainInformationContainer$, () => DomainInformationContainer$, 0, () => OutboundConnectionStatus$, 0, 0, () => ConnectionProperties$]
];
var CreatePackageRequest$ = [3, n0, _CPR,
    0,
    [_PNa, _PTa, _PS, _PDa, _PC, _EV, _PVO, _PEO],
    [0, 0, () => PackageSource$, 0, () => PackageConfiguration$, 0, () => PackageVendingOptions$, () => PackageEncryptionOptions$], 3
];
var CreatePackageResponse$ = [3, n0, _CPRr,
    0,
    [_PDac],
    [() => PackageDetails$]
];
var CreateVpcEndpointRequest$ = [3, n0, _CVER,
    0,
    [_DA, _VO, _CT],
    [0, () => VPCOptions$, 0], 2
];
var CreateVpcEndpointResponse$ = [3, n0, _CVERr,
    0,
    [_VEp],
    [() => VpcEndpoint$], 1
];
var CrossClusterSearchConnectionProperties$ = [3, n0, _CCSCP,
    0,
    [_SU],
    [0]
];
var DataSource$ = [3, n0, _DSa,
    0,
    [_dSA, _dSD, _iRFDSA],
    [0, 0, 0]
];
var DataSourceAttachmentSummary$ = [3, n0, _DSAS,
    0,
    [_aI, _dSA, _st],
    [0, 0, 0]
];
var DataSourceDetails$ = [3, n0, _DSD,
    0,
    [_DST, _N, _D, _S],
    [() => DataSourceType$, 0, 0, 0]
];
var DeleteApplicationRequest$ = [3, n0, _DAR,
    0,
    [_i],
    [[0, 1]], 1
];
var DeleteApplicationResponse$ = [3, n0, _DARe,
    0,
    [],
    []
];
var DeleteDataSourceRequest$ = [3, n0, _DDSR,
    0,
    [_DN, _N],
    [[0, 1], [0, 1]], 2
];
var DeleteDataSourceResponse$ = [3, n0, _DDSRe,
    0,
    [_M],
    [0]
];
var DeleteDirectQueryDataSourceRequest$ = [3, n0, _DDQDSR,
    0,
    [_DSN],
    [[0, 1]], 1
];
var DeleteDomainRequest$ = [3, n0, _DDR,
    0,
    [_DN],
    [[0, 1]], 1
];
var DeleteDomainResponse$ = [3, n0, _DDRe,
    0,
    [_DSo],
    [() => DomainStatus$]
];
var DeleteInboundConnectionRequest$ = [3, n0, _DICR,
    0,
    [_CI],
    [[0, 1]], 1
];
var DeleteInboundConnectionResponse$ = [3, n0, _DICRe,
    0,
    [_C],
    [() => InboundConnection$]
];
var DeleteIndexRequest$ = [3, n0, _DIR,
    0,
    [_DN, _IN],
    [[0, 1], [0, 1]], 2
];
var DeleteIndexResponse$ = [3, n0, _DIRe,
    0,
    [_S],
    [0], 1
];
var DeleteOutboundConnectionRequest$ = [3, n0, _DOCR,
    0,
    [_CI],
    [[0, 1]], 1
];
var DeleteOutboundConnectionResponse$ = [3, n0, _DOCRe,
    0,
    [_C],
    [() => OutboundConnection$]
];
var DeletePackageRequest$ = [3, n0, _DPR,
    0,
    [_PID],
    [[0, 1]], 1
];
var DeletePackageResponse$ = [3, n0, _DPRe,
    0,
    [_PDac],
    [() => PackageDetails$]
];
var DeleteVpcEndpointRequest$ = [3, n0, _DVER,
    0,
    [_VEI],
    [[0, 1]], 1
];
var DeleteVpcEndpointResponse$ = [3, n0, _DVERe,
    0,
    [_VES],
    [() => VpcEndpointSummary$], 1
];
var DeploymentStrategyOptions$ = [3, n0, _DSO,
    0,
    [_DSe],
    [0], 1
];
var DeploymentStrategyOptionsStatus$ = [3, n0, _DSOS,
    0,
    [_O, _S],
    [() => DeploymentStrategyOptions$, () => OptionStatus$], 2
];
var DeregisterCapabilityRequest$ = [3, n0, _DCR,
    0,
    [_aIp, _cN],
    [[0, 1], [0, 1]], 2
];
var DeregisterCapabilityResponse$ = [3, n0, _DCRe,
    0,
    [_st],
    [0]
];
var DescribeDataSourceAttachmentRequest$ = [3, n0, _DDSAR,
    0,
    [_i, _dSA],
    [[0, 1], 0], 2
];
var DescribeDataSourceAttachmentResponse$ = [3, n0, _DDSARe,
    0,
    [_aI, _i, _a, _dSA, _st],
    [0, 0, 0, 0, 0]
];
var DescribeDomainAutoTunesRequest$ = [3, n0, _DDATR,
    0,
    [_DN, _MR, _NT],
    [[0, 1], [1, { [_hQ]: _mR }], [0, { [_hQ]: _nT }]], 1
];
var DescribeDomainAutoTunesResponse$ = [3, n0, _DDATRe,
    0,
    [_ATu, _NT],
    [() => AutoTuneList, 0]
];
var DescribeDomainChangeProgressRequest$ = [3, n0, _DDCPR,
    0,
    [_DN, _CIh],
    [[0, 1], [0, { [_hQ]: _ch }]], 1
];
var DescribeDomainChangeProgressResponse$ = [3, n0, _DDCPRe,
    0,
    [_CPSha],
    [() => ChangeProgressStatusDetails$]
];
var DescribeDomainConfigRequest$ = [3, n0, _DDCR,
    0,
    [_DN],
    [[0, 1]], 1
];
var DescribeDomainConfigResponse$ = [3, n0, _DDCRe,
    0,
    [_DC],
    [() => DomainConfig$], 1
];
var DescribeDomainHealthRequest$ = [3, n0, _DDHR,
    0,
    [_DN],
    [[0, 1]], 1
];
var DescribeDomainHealthResponse$ = [3, n0, _DDHRe,
    0,
    [_DSom, _AZC, _AAZC, _SBAZC, _DNC, _DM, _MENC, _WNC, _MN, _CH, _TS, _TUAS, _EI],
    [0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, () => EnvironmentInfoList]
];
var DescribeDomainNodesRequest$ = [3, n0, _DDNR,
    0,
    [_DN],
    [[0, 1]], 1
];
var DescribeDomainNodesResponse$ = [3, n0, _DDNRe,
    0,
    [_DNSL],
    [() => DomainNodesStatusList]
];
var DescribeDomainRequest$ = [3, n0, _DDRes,
    0,
    [_DN],
    [[0, 1]], 1
];
var DescribeDomainResponse$ = [3, n0, _DDResc,
    0,
    [_DSo],
    [() => DomainStatus$], 1
];
var DescribeDomainsRequest$ = [3, n0, _DDRescr,
    0,
    [_DNo],
    [64 | 0], 1
];
var DescribeDomainsResponse$ = [3, n0, _DDRescri,
    0,
    [_DSL],
    [() => DomainStatusList], 1
];
var DescribeDryRunProgressRequest$ = [3, n0, _DDRPR,
    0,
    [_DN, _DRI, _LDRC],
    [[0, 1], [0, { [_hQ]: _dRI }], [2, { [_hQ]: _lDRC }]], 1
];
var DescribeDryRunProgressResponse$ = [3, n0, _DDRPRe,
    0,
    [_DRPS, _DRC, _DRR],
    [() => DryRunProgressStatus$, () => DomainStatus$, () => DryRunResults$]
];
var DescribeInboundConnectionsRequest$ = [3, n0, _DICRes,
    0,
    [_F, _MR, _NT],
    [() => FilterList, 1, 0]
];
var DescribeInboundConnectionsResponse$ = [3, n0, _DICResc,
    0,
    [_Co, _NT],
    [() => InboundConnections, 0]
];
var DescribeInsightDetailsRequest$ = [3, n0, _DIDR,
    0,
    [_Ent, _II, _SHC],
    [() => InsightEntity$, 0, 2], 2
];
var DescribeInsightDetailsResponse$ = [3, n0, _DIDRe,
    0,
    [_Fi],
    [() => InsightFieldList], 1
];
var DescribeInstanceTypeLimitsRequest$ = [3, n0, _DITLR,
    0,
    [_IT, _EV, _DN],
    [[0, 1], [0, 1], [0, { [_hQ]: _dN }]], 2
];
var DescribeInstanceTypeLimitsResponse$ = [3, n0, _DITLRe,
    0,
    [_LBR],
    [() => LimitsByRole]
];
var DescribeOutboundConnectionsRequest$ = [3, n0, _DOCRes,
    0,
    [_F, _MR, _NT],
    [() => FilterList, 1, 0]
];
var DescribeOutboundConnectionsResponse$ = [3, n0, _DOCResc,
    0,
    [_Co, _NT],
    [() => OutboundConnections, 0]
];
var DescribePackagesFilter$ = [3, n0, _DPF,
    0,
    [_N, _V],
    [0, 64 | 0]
];
var DescribePackagesRequest$ = [3, n0, _DPRes,
    0,
    [_F, _MR, _NT],
    [() => DescribePackagesFilterList, 1, 0]
];
var DescribePackagesResponse$ = [3, n0, _DPResc,
    0,
    [_PDL, _NT],
    [() => PackageDetailsList, 0]
];
var DescribeReservedInstanceOfferingsRequest$ = [3, n0, _DRIOR,
    0,
    [_RIOI, _MR, _NT],
    [[0, { [_hQ]: _oI }], [1, { [_hQ]: _mR }], [0, { [_hQ]: _nT }]]
];
var DescribeReservedInstanceOfferingsResponse$ = [3, n0, _DRIORe,
    0,
    [_NT, _RIO],
    [0, [() => ReservedInstanceOfferingList, 0]]
];
var DescribeReservedInstancesRequest$ = [3, n0, _DRIR,
    0,
    [_RII, _MR, _NT],
    [[0, { [_hQ]: _rI }], [1, { [_hQ]: _mR }], [0, { [_hQ]: _nT }]]
];
var DescribeReservedInstancesResponse$ = [3, n0, _DRIRe,
    0,
    [_NT, _RI],
    [0, [() => ReservedInstanceList, 0]]
];
var DescribeVpcEndpointsRequest$ = [3, n0, _DVERes,
    0,
    [_VEIp],
    [64 | 0], 1
];
var DescribeVpcEndpointsResponse$ = [3, n0, _DVEResc,
    0,
    [_VEpc, _VEE],
    [() => VpcEndpoints, () => VpcEndpointErrorList], 2
];
var DetachDataSourceRequest$ = [3, n0, _DDSRet,
    0,
    [_i, _dSA],
    [[0, 1], 0], 2
];
var DetachDataSourceResponse$ = [3, n0, _DDSReta,
    0,
    [_i, _a, _dSA],
    [0, 0, 0]
];
var DirectQueryDataSource$ = [3, n0, _DQDS,
    0,
    [_DSN, _DST, _D, _OSA, _DSA, _TL],
    [0, () => DirectQueryDataSourceType$, 0, 64 | 0, 0, () => TagList]
];
var DissociatePackageRequest$ = [3, n0, _DPRi,
    0,
    [_PID, _DN],
    [[0, 1], [0, 1]], 2
];
var DissociatePackageResponse$ = [3, n0, _DPRis,
    0,
    [_DPD],
    [() => DomainPackageDetails$]
];
var DissociatePackagesRequest$ = [3, n0, _DPRiss,
    0,
    [_PL, _DN],
    [64 | 0, 0], 2
];
var DissociatePackagesResponse$ = [3, n0, _DPRisso,
    0,
    [_DPDL],
    [() => DomainPackageDetailsList]
];
var DomainConfig$ = [3, n0, _DC,
    0,
    [_EV, _CC, _EBSO, _APc, _IPAT, _SOn, _VPCO, _CO, _EARO, _NTNEO, _AO, _LPO, _DEO, _ASO, _ICO, _ATO, _CPD, _OPWO, _SUO, _MP, _AIMLO, _DSO, _ASPO, _UC, _EMn],
    [() => VersionStatus$, () => ClusterConfigStatus$, () => EBSOptionsStatus$, () => AccessPoliciesStatus$, () => IPAddressTypeStatus$, () => SnapshotOptionsStatus$, () => VPCDerivedInfoStatus$, () => CognitoOptionsStatus$, () => EncryptionAtRestOptionsStatus$, () => NodeToNodeEncryptionOptionsStatus$, () => AdvancedOptionsStatus$, () => LogPublishingOptionsStatus$, () => DomainEndpointOptionsStatus$, () => AdvancedSecurityOptionsStatus$, () => IdentityCenterOptionsStatus$, () => AutoTuneOptionsStatus$, () => ChangeProgressDetails$, () => OffPeakWindowOptionsStatus$, () => SoftwareUpdateOptionsStatus$, () => ModifyingPropertiesList, () => AIMLOptionsStatus$, () => DeploymentStrategyOptionsStatus$, () => AutomatedSnapshotPauseOptionsStatus$, () => UseCaseStatus$, () => EngineModeStatus$]
];
var DomainEndpointOptions$ = [3, n0, _DEO,
    0,
    [_EHTTPS, _TLSSP, _CEE, _CEu, _CECA],
    [2, 0, 2, 0, 0]
];
var DomainEndpointOptionsStatus$ = [3, n0, _DEOS,
    0,
    [_O, _S],
    [() => DomainEndpointOptions$, () => OptionStatus$], 2
];
var DomainInfo$ = [3, n0, _DI,
    0,
    [_DN, _ETn],
    [0, 0]
];
var DomainInformationContainer$ = [3, n0, _DIC,
    0,
    [_AWSDI],
    [() => AWSDomainInformation$]
];
var DomainMaintenanceDetails$ = [3, n0, _DMD,
    0,
    [_MI, _DN, _Ac, _NI, _S, _SM, _CAr, _UA],
    [0, 0, 0, 0, 0, 0, 4, 4]
];
var DomainNodesStatus$ = [3, n0, _DNS,
    0,
    [_NI, _NTo, _AZ, _IT, _NS, _STt, _SVT, _SSt],
    [0, 0, 0, 0, 0, 0, 0, 0]
];
var DomainPackageDetails$ = [3, n0, _DPD,
    0,
    [_PID, _PNa, _PTa, _LU, _DN, _DPS, _PV, _PPIDL, _RP, _ED, _ACs],
    [0, 0, 0, 4, 0, 0, 0, 64 | 0, 0, () => ErrorDetails$, () => PackageAssociationConfiguration$]
];
var DomainStatus$ = [3, n0, _DSo,
    0,
    [_DIo, _DN, _ARN, _CC, _Cr, _De, _En, _EVn, _End, _DEVHZI, _Pro, _UP, _EV, _EBSO, _APc, _IPAT, _SOn, _VPCO, _CO, _EARO, _NTNEO, _AO, _LPO, _SSO, _DEO, _ASO, _ICO, _ATO, _CPD, _OPWO, _SUO, _DPSo, _MP, _AIMLO, _DSO, _ASPO, _UC, _EMn],
    [0, 0, 0, () => ClusterConfig$, 2, 2, 0, 0, 128 | 0, 0, 2, 2, 0, () => EBSOptions$, 0, 0, () => SnapshotOptions$, () => VPCDerivedInfo$, () => CognitoOptions$, () => EncryptionAtRestOptions$, () => NodeToNodeEncryptionOptions$, 128 | 0, () => LogPublishingOptions, () => ServiceSoftwareOptions$, () => DomainEndpointOptions$, () => AdvancedSecurityOptions$, () => IdentityCenterOptions$, () => AutoTuneOptionsOutput$, () => ChangeProgressDetails$, () => OffPeakWindowOptions$, () => SoftwareUpdateOptions$, 0, () => ModifyingPropertiesList, () => AIMLOptionsOutput$, () => DeploymentStrategyOptions$, () => AutomatedSnapshotPauseOptions$, 0, 0], 4
];
var DryRunProgressStatus$ = [3, n0, _DRPS,
    0,
    [_DRI, _DRS, _CD, _UD, _VF],
    [0, 0, 0, 0, () => ValidationFailures], 4
];
var DryRunResults$ = [3, n0, _DRR,
    0,
    [_DT, _M],
    [0, 0]
];
var Duration$ = [3, n0, _Du,
    0,
    [_V, _Un],
    [1, 0]
];
var EBSOptions$ = [3, n0, _EBSO,
    0,
    [_EBSE, _VT, _VS, _I, _T],
    [2, 0, 1, 1, 1]
];
var EBSOptionsStatus$ = [3, n0, _EBSOS,
    0,
    [_O, _S],
    [() => EBSOptions$, () => OptionStatus$], 2
];
var EncryptionAtRestOptions$ = [3, n0, _EARO,
    0,
    [_E, _KKI],
    [2, 0]
];
var EncryptionAtRestOptionsStatus$ = [3, n0, _EAROS,
    0,
    [_O, _S],
    [() => EncryptionAtRestOptions$, () => OptionStatus$], 2
];
var EngineModeStatus$ = [3, n0, _EMS,
    0,
    [_O, _S],
    [0, () => OptionStatus$], 2
];
var EnvironmentInfo$ = [3, n0, _EIn,
    0,
    [_AZIv],
    [() => AvailabilityZoneInfoList]
];
var ErrorDetails$ = [3, n0, _ED,
    0,
    [_ETr, _EM],
    [0, 0]
];
var ExportOptions$ = [3, n0, _EO,
    0,
    [_t, _o, _iRD],
    [64 | 0, () => SavedObjectIdentifierList, 2]
];
var Filter$ = [3, n0, _Fil,
    0,
    [_N, _Va],
    [0, 64 | 0]
];
var GetApplicationRequest$ = [3, n0, _GAR,
    0,
    [_i],
    [[0, 1]], 1
];
var GetApplicationResponse$ = [3, n0, _GARe,
    0,
    [_i, _a, _n, _en, _st, _iICO, _dS, _aC, _cA, _lUA, _kKA],
    [0, 0, 0, 0, 0, () => IamIdentityCenterOptions$, () => DataSources, () => AppConfigs, 4, 4, 0]
];
var GetCapabilityRequest$ = [3, n0, _GCR,
    0,
    [_aIp, _cN],
    [[0, 1], [0, 1]], 2
];
var GetCapabilityResponse$ = [3, n0, _GCRe,
    0,
    [_cN, _aIp, _st, _cC, _f],
    [0, 0, 0, () => CapabilityExtendedResponseConfig$, () => CapabilityFailures]
];
var GetCompatibleVersionsRequest$ = [3, n0, _GCVR,
    0,
    [_DN],
    [[0, { [_hQ]: _dN }]]
];
var GetCompatibleVersionsResponse$ = [3, n0, _GCVRe,
    0,
    [_CVo],
    [() => CompatibleVersionsList]
];
var GetDataSourceRequest$ = [3, n0, _GDSR,
    0,
    [_DN, _N],
    [[0, 1], [0, 1]], 2
];
var GetDataSourceResponse$ = [3, n0, _GDSRe,
    0,
    [_DST, _N, _D, _S],
    [() => DataSourceType$, 0, 0, 0]
];
var GetDefaultApplicationSettingRequest$ = [3, n0, _GDASR,
    0,
    [],
    []
];
var GetDefaultApplicationSettingResponse$ = [3, n0, _GDASRe,
    0,
    [_aA],
    [0]
];
var GetDirectQueryDataSourceRequest$ = [3, n0, _GDQDSR,
    0,
    [_DSN],
    [[0, 1]], 1
];
var GetDirectQueryDataSourceResponse$ = [3, n0, _GDQDSRe,
    0,
    [_DSN, _DST, _D, _OSA, _DSAP, _DSA],
    [0, () => DirectQueryDataSourceType$, 0, 64 | 0, 0, 0]
];
var GetDomainMaintenanceStatusRequest$ = [3, n0, _GDMSR,
    0,
    [_DN, _MI],
    [[0, 1], [0, { [_hQ]: _mI }]], 2
];
var GetDomainMaintenanceStatusResponse$ = [3, n0, _GDMSRe,
    0,
    [_S, _SM, _NI, _Ac, _CAr, _UA],
    [0, 0, 0, 0, 4, 4]
];
var GetIndexRequest$ = [3, n0, _GIR,
    0,
    [_DN, _IN],
    [[0, 1], [0, 1]], 2
];
var GetIndexResponse$ = [3, n0, _GIRe,
    0,
    [_IS],
    [15], 1
];
var GetMigrationRequest$ = [3, n0, _GMR,
    0,
    [_mIi],
    [[0, 1]], 1
];
var GetMigrationResponse$ = [3, n0, _GMRe,
    0,
    [_mIi, _st, _aIp, _so, _eC, _iC, _e, _cA, _uA],
    [0, 0, 0, () => MigrationSource$, 1, 1, () => MigrationError$, 4, 4]
];
var GetPackageVersionHistoryRequest$ = [3, n0, _GPVHR,
    0,
    [_PID, _MR, _NT],
    [[0, 1], [1, { [_hQ]: _mR }], [0, { [_hQ]: _nT }]], 1
];
var GetPackageVersionHistoryResponse$ = [3, n0, _GPVHRe,
    0,
    [_PID, _PVHL, _NT],
    [0, () => PackageVersionHistoryList, 0]
];
var GetUpgradeHistoryRequest$ = [3, n0, _GUHR,
    0,
    [_DN, _MR, _NT],
    [[0, 1], [1, { [_hQ]: _mR }], [0, { [_hQ]: _nT }]], 1
];
var GetUpgradeHistoryResponse$ = [3, n0, _GUHRe,
    0,
    [_UH, _NT],
    [() => UpgradeHistoryList, 0]
];
var GetUpgradeStatusRequest$ = [3, n0, _GUSR,
    0,
    [_DN],
    [[0, 1]], 1
];
var GetUpgradeStatusResponse$ = [3, n0, _GUSRe,
    0,
    [_US, _SSte, _UN],
    [0, 0, 0]
];
var IAMFederationOptionsInput$ = [3, n0, _IAMFOI,
    0,
    [_E, _SK, _RK],
    [2, 0, 0]
];
var IAMFederationOptionsOutput$ = [3, n0, _IAMFOO,
    0,
    [_E, _SK, _RK],
    [2, 0, 0]
];
var IamIdentityCenterOptions$ = [3, n0, _IICO,
    0,
    [_ena, _iICIA, _iRFICAA, _iICAA],
    [2, 0, 0, 0]
];
var IamIdentityCenterOptionsInput$ = [3, n0, _IICOI,
    0,
    [_ena, _iICIA, _iRFICAA],
    [2, 0, 0]
];
var IdentityCenterOptions$ = [3, n0, _ICO,
    0,
    [_EAPIA, _ICIARN, _ICIR, _SK, _RK, _ICAARN, _ISI],
    [2, 0, 0, 0, 0, 0, 0]
];
var IdentityCenterOptionsInput$ = [3, n0, _ICOI,
    0,
    [_EAPIA, _ICIARN, _ICIR, _SK, _RK],
    [2, 0, 0, 0, 0]
];
var IdentityCenterOptionsStatus$ = [3, n0, _ICOS,
    0,
    [_O, _S],
    [() => IdentityCenterOptions$, () => OptionStatus$], 2
];
var InboundConnection$ = [3, n0, _ICn,
    0,
    [_LDI, _RDI, _CI, _CS, _CM],
    [() => DomainInformationContainer$, () => DomainInformationContainer$, 0, () => InboundConnectionStatus$, 0]
];
var InboundConnectionStatus$ = [3, n0, _ICS,
    0,
    [_SC, _M],
    [0, 0]
];
var Insight$ = [3, n0, _In,
    0,
    [_II, _DNi, _Ty, _Pri, _S, _CTr, _UT, _IEs],
    [0, 0, 0, 0, 0, 4, 4, 2]
];
var InsightEntity$ = [3, n0, _IEn,
    0,
    [_Ty, _V],
    [0, 0], 1
];
var InsightFeedbackEntity$ = [3, n0, _IFE,
    0,
    [_Ty, _V],
    [0, 0], 2
];
var InsightFeedbackRequest$ = [3, n0, _IFR,
    0,
    [_Ent, _II, _Th, _FT],
    [() => InsightFeedbackEntity$, 0, 0, 0], 3
];
var InsightFeedbackResponse$ = [3, n0, _IFRn,
    0,
    [_S],
    [0]
];
var InsightField$ = [3, n0, _IF,
    0,
    [_N, _Ty, _V],
    [0, 0, 0], 3
];
var InsightTimeRange$ = [3, n0, _ITR,
    0,
    [_Fr, _To],
    [1, 1], 2
];
var InstanceCountLimits$ = [3, n0, _ICL,
    0,
    [_MIC, _MICa],
    [1, 1]
];
var InstanceLimits$ = [3, n0, _IL,
    0,
    [_ICL],
    [() => InstanceCountLimits$]
];
var InstanceTypeDetails$ = [3, n0, _ITD,
    0,
    [_IT, _EE, _CEo, _ALE, _ASE, _WE, _IR, _AZv],
    [0, 2, 2, 2, 2, 2, 64 | 0, 64 | 0]
];
var IPAddressTypeStatus$ = [3, n0, _IPATS,
    0,
    [_O, _S],
    [0, () => OptionStatus$], 2
];
var JWTOptionsInput$ = [3, n0, _JWTOI,
    0,
    [_E, _SK, _RK, _JU, _PK],
    [2, 0, 0, 0, 0]
];
var JWTOptionsOutput$ = [3, n0, _JWTOO,
    0,
    [_E, _SK, _RK, _JU, _PK],
    [2, 0, 0, 0, 0]
];
var KeyStoreAccessOption$ = [3, n0, _KSAO,
    0,
    [_KSAE, _KARA],
    [2, 0], 1
];
var Limits$ = [3, n0, _L,
    0,
    [_STto, _IL, _ALd],
    [() => StorageTypeList, () => InstanceLimits$, () => AdditionalLimitList]
];
var ListApplicationsRequest$ = [3, n0, _LAR,
    0,
    [_nT, _sta, _mR],
    [[0, { [_hQ]: _nT }], [64 | 0, { [_hQ]: _sta }], [1, { [_hQ]: _mR }]]
];
var ListApplicationsResponse$ = [3, n0, _LARi,
    0,
    [_ASp, _nT],
    [() => ApplicationSummaries, 0]
];
var ListDataSourceAttachmentsRequest$ = [3, n0, _LDSAR,
    0,
    [_i, _nT, _mR],
    [[0, 1], 0, 1], 1
];
var ListDataSourceAttachmentsResponse$ = [3, n0, _LDSARi,
    0,
    [_at, _nT],
    [() => DataSourceAttachmentSummaryList, 0]
];
var ListDataSourcesRequest$ = [3, n0, _LDSR,
    0,
    [_DN],
    [[0, 1]], 1
];
var ListDataSourcesResponse$ = [3, n0, _LDSRi,
    0,
    [_DSat],
    [() => DataSourceList]
];
var ListDirectQueryDataSourcesRequest$ = [3, n0, _LDQDSR,
    0,
    [_NT],
    [[0, { [_hQ]: _ne }]]
];
var ListDirectQueryDataSourcesResponse$ = [3, n0, _LDQDSRi,
    0,
    [_NT, _DQDSi],
    [0, () => DirectQueryDataSourceList]
];
var ListDomainMaintenancesRequest$ = [3, n0, _LDMR,
    0,
    [_DN, _Ac, _S, _MR, _NT],
    [[0, 1], [0, { [_hQ]: _ac }], [0, { [_hQ]: _st }], [1, { [_hQ]: _mR }], [0, { [_hQ]: _nT }]], 1
];
var ListDomainMaintenancesResponse$ = [3, n0, _LDMRi,
    0,
    [_DMo, _NT],
    [() => DomainMaintenanceList, 0]
];
var ListDomainNamesRequest$ = [3, n0, _LDNR,
    0,
    [_ETn],
    [[0, { [_hQ]: _eT }]]
];
var ListDomainNamesResponse$ = [3, n0, _LDNRi,
    0,
    [_DNo],
    [() => DomainInfoList]
];
var ListDomainsForPackageRequest$ = [3, n0, _LDFPR,
    0,
    [_PID, _MR, _NT],
    [[0, 1], [1, { [_hQ]: _mR }], [0, { [_hQ]: _nT }]], 1
];
var ListDomainsForPackageResponse$ = [3, n0, _LDFPRi,
    0,
    [_DPDL, _NT],
    [() => DomainPackageDetailsList, 0]
];
var ListInsightsRequest$ = [3, n0, _LIR,
    0,
    [_Ent, _TR, _SOo, _MR, _NT],
    [() => InsightEntity$, () => InsightTimeRange$, 0, 1, 0], 1
];
var ListInsightsResponse$ = [3, n0, _LIRi,
    0,
    [_Ins, _NT],
    [() => InsightList, 0]
];
var ListInstanceTypeDetailsRequest$ = [3, n0, _LITDR,
    0,
    [_EV, _DN, _MR, _NT, _RAZ, _IT],
    [[0, 1], [0, { [_hQ]: _dN }], [1, { [_hQ]: _mR }], [0, { [_hQ]: _nT }], [2, { [_hQ]: _rAZ }], [0, { [_hQ]: _iT }]], 1
];
var ListInstanceTypeDetailsResponse$ = [3, n0, _LITDRi,
    0,
    [_ITD, _NT],
    [() => InstanceTypeDetailsList, 0]
];
var ListMigrationsRequest$ = [3, n0, _LMR,
    0,
    [_aIp, _st, _mR, _nT],
    [[0, { [_hQ]: _aIp }], [0, { [_hQ]: _st }], [1, { [_hQ]: _mR }], [0, { [_hQ]: _nT }]], 1
];
var ListMigrationsResponse$ = [3, n0, _LMRi,
    0,
    [_mi, _nT],
    [() => MigrationSummaryList, 0]
];
var ListPackagesForDomainRequest$ = [3, n0, _LPFDR,
    0,
    [_DN, _MR, _NT],
    [[0, 1], [1, { [_hQ]: _mR }], [0, { [_hQ]: _nT }]], 1
];
var ListPackagesForDomainResponse$ = [3, n0, _LPFDRi,
    0,
    [_DPDL, _NT],
    [() => DomainPackageDetailsList, 0]
];
var ListScheduledActionsRequest$ = [3, n0, _LSAR,
    0,
    [_DN, _MR, _NT],
    [[0, 1], [1, { [_hQ]: _mR }], [0, { [_hQ]: _nT }]], 1
];
var ListScheduledActionsResponse$ = [3, n0, _LSARi,
    0,
    [_SAc, _NT],
    [() => ScheduledActionsList, 0]
];
var ListTagsRequest$ = [3, n0, _LTR,
    0,
    [_ARN],
    [[0, { [_hQ]: _a }]], 1
];
var ListTagsResponse$ = [3, n0, _LTRi,
    0,
    [_TL],
    [() => TagList]
];
var ListVersionsRequest$ = [3, n0, _LVR,
    0,
    [_MR, _NT],
    [[1, { [_hQ]: _mR }], [0, { [_hQ]: _nT }]]
];
var ListVersionsResponse$ = [3, n0, _LVRi,
    0,
    [_Ve, _NT],
    [64 | 0, 0]
];
var ListVpcEndpointAccessRequest$ = [3, n0, _LVEAR,
    0,
    [_DN, _NT],
    [[0, 1], [0, { [_hQ]: _nT }]], 1
];
var ListVpcEndpointAccessResponse$ = [3, n0, _LVEARi,
    0,
    [_APL, _NT],
    [() => AuthorizedPrincipalList, 0], 2
];
var ListVpcEndpointsForDomainRequest$ = [3, n0, _LVEFDR,
    0,
    [_DN, _NT],
    [[0, 1], [0, { [_hQ]: _nT }]], 1
];
var ListVpcEndpointsForDomainResponse$ = [3, n0, _LVEFDRi,
    0,
    [_VESL, _NT],
    [() => VpcEndpointSummaryList, 0], 2
];
var ListVpcEndpointsRequest$ = [3, n0, _LVER,
    0,
    [_NT],
    [[0, { [_hQ]: _nT }]]
];
var ListVpcEndpointsResponse$ = [3, n0, _LVERi,
    0,
    [_VESL, _NT],
    [() => VpcEndpointSummaryList, 0], 2
];
var LogPublishingOption$ = [3, n0, _LPOo,
    0,
    [_CWLLGA, _E],
    [0, 2]
];
var LogPublishingOptionsStatus$ = [3, n0, _LPOS,
    0,
    [_O, _S],
    [() => LogPublishingOptions, () => OptionStatus$]
];
var MasterUserOptions$ = [3, n0, _MUO,
    0,
    [_MUARN, _MUN, _MUP],
    [0, [() => Username, 0], [() => Password, 0]]
];
var MigrationError$ = [3, n0, _ME,
    0,
    [_co, _m],
    [0, 0]
];
var MigrationOptions$ = [3, n0, _MO,
    0,
    [_so, _w, _eO, _cR],
    [() => MigrationSource$, () => MigrationWorkspace$, () => ExportOptions$, 0], 2
];
var MigrationSource$ = [3, n0, _MSi,
    0,
    [_dA],
    [0], 1
];
var MigrationSummary$ = [3, n0, _MSig,
    0,
    [_mIi, _st, _aIp, _so, _eC, _iC, _e, _cA, _uA],
    [0, 0, 0, () => MigrationSource$, 1, 1, () => MigrationError$, 4, 4]
];
var MigrationWorkspace$ = [3, n0, _MW,
    0,
    [_wI, _cW, _n, _ty],
    [0, 2, 0, 0]
];
var ModifyingProperties$ = [3, n0, _MP,
    0,
    [_N, _AV, _PVe, _VTa],
    [0, 0, 0, 0]
];
var NaturalLanguageQueryGenerationOptionsInput$ = [3, n0, _NLQGOI,
    0,
    [_DS],
    [0]
];
var NaturalLanguageQueryGenerationOptionsOutput$ = [3, n0, _NLQGOO,
    0,
    [_DS, _CSu],
    [0, 0]
];
var NodeConfig$ = [3, n0, _NC,
    0,
    [_E, _Ty, _Cou],
    [2, 0, 1]
];
var NodeOption$ = [3, n0, _NOo,
    0,
    [_NTo, _NC],
    [0, () => NodeConfig$]
];
var NodeToNodeEncryptionOptions$ = [3, n0, _NTNEO,
    0,
    [_E],
    [2]
];
var NodeToNodeEncryptionOptionsStatus$ = [3, n0, _NTNEOS,
    0,
    [_O, _S],
    [() => NodeToNodeEncryptionOptions$, () => OptionStatus$], 2
];
var OffPeakWindow$ = [3, n0, _OPW,
    0,
    [_WST],
    [() => WindowStartTime$]
];
var OffPeakWindowOptions$ = [3, n0, _OPWO,
    0,
    [_E, _OPW],
    [2, () => OffPeakWindow$]
];
var OffPeakWindowOptionsStatus$ = [3, n0, _OPWOS,
    0,
    [_O, _S],
    [() => OffPeakWindowOptions$, () => OptionStatus$]
];
var OptionStatus$ = [3, n0, _OS,
    0,
    [_CD, _UD, _St, _UV, _PD],
    [4, 4, 0, 1, 2], 3
];
var OutboundConnection$ = [3, n0, _OC,
    0,
    [_LDI, _RDI, _CI, _CA, _CS, _CM, _CPo],
    [() => DomainInformationContainer$, () => DomainInformationContainer$, 0, 0, () => OutboundConnectionStatus$, 0, () => ConnectionProperties$]
];
var OutboundConnectionStatus$ = [3, n0, _OCS,
    0,
    [_SC, _M],
    [0, 0]
];
var PackageAssociationConfiguration$ = [3, n0, _PAC,
    0,
    [_KSAO],
    [() => KeyStoreAccessOption$]
];
var PackageConfiguration$ = [3, n0, _PC,
    0,
    [_LR, _CR, _LF, _RRFCU],
    [0, 0, 0, 2], 2
];
var PackageDetails$ = [3, n0, _PDac,
    0,
    [_PID, _PNa, _PTa, _PDa, _PSa, _CAr, _LUA, _APV, _ED, _EV, _APP, _APC, _ALUL, _PO, _PVO, _PEO],
    [0, 0, 0, 0, 0, 4, 4, 0, () => ErrorDetails$, 0, () => PluginProperties$, () => PackageConfiguration$, 64 | 0, 0, () => PackageVendingOptions$, () => PackageEncryptionOptions$]
];
var PackageDetailsForAssociation$ = [3, n0, _PDFA,
    0,
    [_PID, _PPIDL, _ACs],
    [0, 64 | 0, () => PackageAssociationConfiguration$], 1
];
var PackageEncryptionOptions$ = [3, n0, _PEO,
    0,
    [_EE, _KKIm],
    [2, 0], 1
];
var PackageSource$ = [3, n0, _PS,
    0,
    [_SBN, _SKe],
    [0, 0]
];
var PackageVendingOptions$ = [3, n0, _PVO,
    0,
    [_VEe],
    [2], 1
];
var PackageVersionHistory$ = [3, n0, _PVH,
    0,
    [_PV, _CMo, _CAr, _PPl, _PC],
    [0, 0, 4, () => PluginProperties$, () => PackageConfiguration$]
];
var PluginProperties$ = [3, n0, _PPl,
    0,
    [_N, _D, _Ver, _CN, _USIB],
    [0, 0, 0, 0, 1]
];
var PrometheusDirectQueryDataSource$ = [3, n0, _PDQDS,
    0,
    [_RA, _WA],
    [0, 0], 2
];
var PurchaseReservedInstanceOfferingRequest$ = [3, n0, _PRIOR,
    0,
    [_RIOI, _RN, _IC],
    [0, 0, 1], 2
];
var PurchaseReservedInstanceOfferingResponse$ = [3, n0, _PRIORu,
    0,
    [_RII, _RN],
    [0, 0]
];
var PutDefaultApplicationSettingRequest$ = [3, n0, _PDASR,
    0,
    [_aA, _sAD],
    [0, 2], 2
];
var PutDefaultApplicationSettingResponse$ = [3, n0, _PDASRu,
    0,
    [_aA],
    [0]
];
var RecurringCharge$ = [3, n0, _RC,
    0,
    [_RCA, _RCF],
    [1, 0]
];
var RegisterCapabilityRequest$ = [3, n0, _RCR,
    0,
    [_aIp, _cN, _cC],
    [[0, 1], 0, () => CapabilityBaseRequestConfig$], 3
];
var RegisterCapabilityResponse$ = [3, n0, _RCRe,
    0,
    [_cN, _aIp, _st, _cC],
    [0, 0, 0, () => CapabilityBaseResponseConfig$]
];
var RejectInboundConnectionRequest$ = [3, n0, _RICR,
    0,
    [_CI],
    [[0, 1]], 1
];
var RejectInboundConnectionResponse$ = [3, n0, _RICRe,
    0,
    [_C],
    [() => InboundConnection$]
];
var RemoveTagsRequest$ = [3, n0, _RTR,
    0,
    [_ARN, _TK],
    [0, 64 | 0], 2
];
var ReservedInstance$ = [3, n0, _RIe,
    0,
    [_RN, _RII, _BSI, _RIOI, _IT, _ST, _Du, _FP, _UPs, _CCu, _IC, _St, _POa, _RCe],
    [0, 0, 1, 0, 0, 4, 1, 1, 1, 0, 1, 0, 0, [() => RecurringChargeList, 0]]
];
var ReservedInstanceOffering$ = [3, n0, _RIOe,
    0,
    [_RIOI, _IT, _Du, _FP, _UPs, _CCu, _POa, _RCe],
    [0, 0, 1, 1, 1, 0, 0, [() => RecurringChargeList, 0]]
];
var RevokeVpcEndpointAccessRequest$ = [3, n0, _RVEAR,
    0,
    [_DN, _A, _Se, _SO],
    [[0, 1], 0, 0, () => ServiceOptions$], 1
];
var RevokeVpcEndpointAccessResponse$ = [3, n0, _RVEARe,
    0,
    [],
    []
];
var RollbackServiceSoftwareOptions$ = [3, n0, _RSSO,
    0,
    [_CVu, _NV, _RAo, _D],
    [0, 0, 2, 0]
];
var RollbackServiceSoftwareUpdateRequest$ = [3, n0, _RSSUR,
    0,
    [_DN],
    [0], 1
];
var RollbackServiceSoftwareUpdateResponse$ = [3, n0, _RSSURo,
    0,
    [_RSSO],
    [() => RollbackServiceSoftwareOptions$]
];
var S3GlueDataCatalog$ = [3, n0, _SGDC,
    0,
    [_RA],
    [0]
];
var S3VectorsEngine$ = [3, n0, _SVE,
    0,
    [_E],
    [2]
];
var SAMLIdp$ = [3, n0, _SAMLI,
    0,
    [_MC, _EInt],
    [0, 0], 2
];
var SAMLOptionsInput$ = [3, n0, _SAMLOI,
    0,
    [_E, _Id, _MUN, _MBR, _SK, _RK, _STM],
    [2, () => SAMLIdp$, [() => Username, 0], 0, 0, 0, 1]
];
var SAMLOptionsOutput$ = [3, n0, _SAMLOO,
    0,
    [_E, _Id, _SK, _RK, _STM],
    [2, () => SAMLIdp$, 0, 0, 1]
];
var SavedObjectIdentifier$ = [3, n0, _SOI,
    0,
    [_ty, _i],
    [0, 0], 2
];
var ScheduledAction$ = [3, n0, _SAch,
    0,
    [_Id_, _Ty, _Sev, _STc, _D, _SB, _S, _Ma, _Ca],
    [0, 0, 0, 1, 0, 0, 0, 2, 2], 4
];
var ScheduledAutoTuneDetails$ = [3, n0, _SATD,
    0,
    [_Da, _ATc, _Ac, _Sev],
    [4, 0, 0, 0]
];
var SecurityLakeDirectQueryDataSource$ = [3, n0, _SLDQDS,
    0,
    [_RA],
    [0], 1
];
var ServerlessVectorAcceleration$ = [3, n0, _SVA,
    0,
    [_E],
    [2]
];
var ServiceOptions$ = [3, n0, _SO,
    0,
    [_SR],
    [64 | 0]
];
var ServiceSoftwareOptions$ = [3, n0, _SSO,
    0,
    [_CVu, _NV, _UAp, _Ca, _USp, _D, _AUD, _OD],
    [0, 0, 2, 2, 0, 0, 4, 2]
];
var SnapshotOptions$ = [3, n0, _SOn,
    0,
    [_ASSH],
    [1]
];
var SnapshotOptionsStatus$ = [3, n0, _SOS,
    0,
    [_O, _S],
    [() => SnapshotOptions$, () => OptionStatus$], 2
];
var SoftwareUpdateOptions$ = [3, n0, _SUO,
    0,
    [_ASUE, _ULSSFBG],
    [2, 2]
];
var SoftwareUpdateOptionsStatus$ = [3, n0, _SUOS,
    0,
    [_O, _S],
    [() => SoftwareUpdateOptions$, () => OptionStatus$]
];
var StartDomainMaintenanceRequest$ = [3, n0, _SDMR,
    0,
    [_DN, _Ac, _NI],
    [[0, 1], 0, 0], 2
];
var StartDomainMaintenanceResponse$ = [3, n0, _SDMRt,
    0,
    [_MI],
    [0]
];
var StartMigrationRequest$ = [3, n0, _SMR,
    0,
    [_aIp, _mO, _cT],
    [0, () => MigrationOptions$, 0], 2
];
var StartMigrationResponse$ = [3, n0, _SMRt,
    0,
    [_mIi, _st],
    [0, 0]
];
var StartServiceSoftwareUpdateRequest$ = [3, n0, _SSSUR,
    0,
    [_DN, _SAche, _DSTe],
    [0, 0, 1], 1
];
var StartServiceSoftwareUpdateResponse$ = [3, n0, _SSSURt,
    0,
    [_SSO],
    [() => ServiceSoftwareOptions$]
];
var StorageType$ = [3, n0, _STt,
    0,
    [_STN, _SSTN, _STL],
    [0, 0, () => StorageTypeLimitList]
];
var StorageTypeLimit$ = [3, n0, _STLt,
    0,
    [_LN, _LV],
    [0, 64 | 0]
];
var Tag$ = [3, n0, _Ta,
    0,
    [_K, _V],
    [0, 0], 2
];
var UpdateApplicationRequest$ = [3, n0, _UAR,
    0,
    [_i, _dS, _aC, _iICO],
    [[0, 1], () => DataSources, () => AppConfigs, () => IamIdentityCenterOptionsInput$], 1
];
var UpdateApplicationResponse$ = [3, n0, _UARp,
    0,
    [_i, _n, _a, _dS, _iICO, _aC, _cA, _lUA],
    [0, 0, 0, () => DataSources, () => IamIdentityCenterOptions$, () => AppConfigs, 4, 4]
];
var UpdateDataSourceRequest$ = [3, n0, _UDSR,
    0,
    [_DN, _N, _DST, _D, _S],
    [[0, 1], [0, 1], () => DataSourceType$, 0, 0], 3
];
var UpdateDataSourceResponse$ = [3, n0, _UDSRp,
    0,
    [_M],
    [0]
];
var UpdateDirectQueryDataSourceRequest$ = [3, n0, _UDQDSR,
    0,
    [_DSN, _DST, _D, _OSA, _DSAP],
    [[0, 1], () => DirectQueryDataSourceType$, 0, 64 | 0, 0], 2
];
var UpdateDirectQueryDataSourceResponse$ = [3, n0, _UDQDSRp,
    0,
    [_DSA],
    [0]
];
var UpdateDomainConfigRequest$ = [3, n0, _UDCR,
    0,
    [_DN, _CC, _EBSO, _SOn, _VPCO, _CO, _AO, _APc, _IPAT, _LPO, _EARO, _DEO, _NTNEO, _ASO, _ICO, _ATO, _DR, _DRM, _OPWO, _SUO, _AIMLO, _DSO, _ASPO, _UC, _EMn],
    [[0, 1], () => ClusterConfig$, () => EBSOptions$, () => SnapshotOptions$, () => VPCOptions$, () => CognitoOptions$, 128 | 0, 0, 0, () => LogPublishingOptions, () => EncryptionAtRestOptions$, () => DomainEndpointOptions$, () => NodeToNodeEncryptionOptions$, [() => AdvancedSecurityOptionsInput$, 0], () => IdentityCenterOptionsInput$, () => AutoTuneOptions$, 2, 0, () => OffPeakWindowOptions$, () => SoftwareUpdateOptions$, () => AIMLOptionsInput$, () => DeploymentStrategyOptions$, () => AutomatedSnapshotPauseRequestOptions$, 0, 0], 1
];
var UpdateDomainConfigResponse$ = [3, n0, _UDCRp,
    0,
    [_DC, _DRR, _DRPS],
    [() => DomainConfig$, () => DryRunResults$, () => DryRunProgressStatus$], 1
];
var UpdateIndexRequest$ = [3, n0, _UIR,
    0,
    [_DN, _IN, _IS],
    [[0, 1], [0, 1], 15], 3
];
var UpdateIndexResponse$ = [3, n0, _UIRp,
    0,
    [_S],
    [0], 1
];
var UpdatePackageRequest$ = [3, n0, _UPR,
    0,
    [_PID, _PS, _PDa, _CMo, _PC, _PEO],
    [0, () => PackageSource$, 0, 0, () => PackageConfiguration$, () => PackageEncryptionOptions$], 2
];
var UpdatePackageResponse$ = [3, n0, _UPRp,
    0,
    [_PDac],
    [() => PackageDetails$]
];
var UpdatePackageScopeRequest$ = [3, n0, _UPSR,
    0,
    [_PID, _Op, _PUL],
    [0, 0, 64 | 0], 3
];
var UpdatePackageScopeResponse$ = [3, n0, _UPSRp,
    0,
    [_PID, _Op, _PUL],
    [0, 0, 64 | 0]
];
var UpdateScheduledActionRequest$ = [3, n0, _USAR,
    0,
    [_DN, _AID, _ATc, _SAche, _DSTe],
    [[0, 1], 0, 0, 0, 1], 4
];
var UpdateScheduledActionResponse$ = [3, n0, _USARp,
    0,
    [_SAch],
    [() => ScheduledAction$]
];
var UpdateVpcEndpointRequest$ = [3, n0, _UVER,
    0,
    [_VEI, _VO],
    [0, () => VPCOptions$], 2
];
var UpdateVpcEndpointResponse$ = [3, n0, _UVERp,
    0,
    [_VEp],
    [() => VpcEndpoint$], 1
];
var UpgradeDomainRequest$ = [3, n0, _UDR,
    0,
    [_DN, _TVa, _PCO, _AO],
    [0, 0, 2, 128 | 0], 2
];
var UpgradeDomainResponse$ = [3, n0, _UDRp,
    0,
    [_UI, _DN, _TVa, _PCO, _AO, _CPD],
    [0, 0, 0, 2, 128 | 0, () => ChangeProgressDetails$]
];
var UpgradeHistory$ = [3, n0, _UHp,
    0,
    [_UN, _STta, _USpg, _SL],
    [0, 4, 0, () => UpgradeStepsList]
];
var UpgradeStepItem$ = [3, n0, _USI,
    0,
    [_US, _USS, _Is, _PPr],
    [0, 0, 64 | 0, 1]
];
var UseCaseStatus$ = [3, n0, _UCS,
    0,
    [_O, _S],
    [0, () => OptionStatus$], 2
];
var ValidationFailure$ = [3, n0, _VFa,
    0,
    [_Cod, _M],
    [0, 0]
];
var VersionStatus$ = [3, n0, _VSe,
    0,
    [_O, _S],
    [0, () => OptionStatus$], 2
];
var VPCDerivedInfo$ = [3, n0, _VPCDI,
    0,
    [_VPCI, _SI, _AZv, _SGI, _EEg],
    [0, 64 | 0, 64 | 0, 64 | 0, 2]
];
var VPCDerivedInfoStatus$ = [3, n0, _VPCDIS,
    0,
    [_O, _S],
    [() => VPCDerivedInfo$, () => OptionStatus$], 2
];
var VpcEndpoint$ = [3, n0, _VEp,
    0,
    [_VEI, _VEO, _DA, _VO, _S, _En],
    [0, 0, 0, () => VPCDerivedInfo$, 0, 0]
];
var VpcEndpointError$ = [3, n0, _VEEp,
    0,
    [_VEI, _EC, _EM],
    [0, 0, 0]
];
var VpcEndpointSummary$ = [3, n0, _VES,
    0,
    [_VEI, _VEO, _DA, _S],
    [0, 0, 0, 0]
];
var VPCOptions$ = [3, n0, _VPCO,
    0,
    [_SI, _SGI, _EEg],
    [64 | 0, 64 | 0, 2]
];
var WindowStartTime$ = [3, n0, _WST,
    0,
    [_H, _Mi],
    [1, 1], 2
];
var WorkspaceConfigurationInput$ = [3, n0, _WCI,
    0,
    [_n, _wT],
    [0, 0], 2
];
var ZoneAwarenessConfig$ = [3, n0, _ZAC,
    0,
    [_AZC],
    [1]
];
var __Unit = "unit";
var AdditionalLimitList = [1, n0, _ALL,
    0, () => AdditionalLimit$
];
var AppConfigs = [1, n0, _ACp,
    0, () => AppConfig$
];
var ApplicationSummaries = [1, n0, _ASp,
    0, () => ApplicationSummary$
];
var AuthorizedPrincipalList = [1, n0, _APL,
    0, () => AuthorizedPrincipal$
];
var AutoTuneList = [1, n0, _ATL,
    0, () => AutoTune$
];
var AutoTuneMaintenanceScheduleList = [1, n0, _ATMSL,
    0, () => AutoTuneMaintenanceSchedule$
];
var AvailabilityZoneInfoList = [1, n0, _AZIL,
    0, () => AvailabilityZoneInfo$
];
var CancelledChangePropertyList = [1, n0, _CCPL,
    0, () => CancelledChangeProperty$
];
var CapabilityFailures = [1, n0, _CFa,
    0, () => CapabilityFailure$
];
var ChangeProgressStageList = [1, n0, _CPSL,
    0, () => ChangeProgressStage$
];
var CompatibleVersionsList = [1, n0, _CVL,
    0, () => CompatibleVersionsMap$
];
var DataSourceAttachmentSummaryList = [1, n0, _DSASL,
    0, () => DataSourceAttachmentSummary$
];
var DataSourceList = [1, n0, _DSLa,
    0, () => DataSourceDetails$
];
var DataSources = [1, n0, _DSat,
    0, () => DataSource$
];
var DescribePackagesFilterList = [1, n0, _DPFL,
    0, () => DescribePackagesFilter$
];
var DirectQueryDataSourceList = [1, n0, _DQDSL,
    0, () => DirectQueryDataSource$
];
var DomainInfoList = [1, n0, _DIL,
    0, () => DomainInfo$
];
var DomainMaintenanceList = [1, n0, _DML,
    0, () => DomainMaintenanceDetails$
];
var DomainNodesStatusList = [1, n0, _DNSL,
    0, () => DomainNodesStatus$
];
var DomainPackageDetailsList = [1, n0, _DPDL,
    0, () => DomainPackageDetails$
];
var DomainStatusList = [1, n0, _DSL,
    0, () => DomainStatus$
];
var EnvironmentInfoList = [1, n0, _EIL,
    0, () => EnvironmentInfo$
];
var FilterList = [1, n0, _FL,
    0, () => Filter$
];
var InboundConnections = [1, n0, _ICnb,
    0, () => InboundConnection$
];
var InsightFieldList = [1, n0, _IFL,
    0, () => InsightField$
];
var InsightList = [1, n0, _ILn,
    0, () => Insight$
];
var InstanceTypeDetailsList = [1, n0, _ITDL,
    0, () => InstanceTypeDetails$
];
var MigrationSummaryList = [1, n0, _MSL,
    0, () => MigrationSummary$
];
var ModifyingPropertiesList = [1, n0, _MPL,
    0, () => ModifyingProperties$
];
var NodeOptionsList = [1, n0, _NOL,
    0, () => NodeOption$
];
var OutboundConnections = [1, n0, _OCu,
    0, () => OutboundConnection$
];
var PackageDetailsForAssociationList = [1, n0, _PDFAL,
    0, () => PackageDetailsForAssociation$
];
var PackageDetailsList = [1, n0, _PDL,
    0, () => PackageDetails$
];
var PackageVersionHistoryList = [1, n0, _PVHL,
    0, () => PackageVersionHistory$
];
var RecurringChargeList = [1, n0, _RCL,
    0, [() => RecurringCharge$,
        { [_xN]: _RC }]
];
var ReservedInstanceList = [1, n0, _RIL,
    0, [() => ReservedInstance$,
        0]
];
var ReservedInstanceOfferingList = [1, n0, _RIOL,
    0, [() => ReservedInstanceOffering$,
        { [_xN]: _RIOe }]
];
var SavedObjectIdentifierList = [1, n0, _SOIL,
    0, () => SavedObjectIdentifier$
];
var ScheduledActionsList = [1, n0, _SAL,
    0, () => ScheduledAction$
];
var StorageTypeLimitList = [1, n0, _STLL,
    0, () => StorageTypeLimit$
];
var StorageTypeList = [1, n0, _STLto,
    0, () => StorageType$
];
var TagList = [1, n0, _TL,
    0, () => Tag$
];
var UpgradeHistoryList = [1, n0, _UHL,
    0, () => UpgradeHistory$
];
var UpgradeStepsList = [1, n0, _USL,
    0, () => UpgradeStepItem$
];
var ValidationFailures = [1, n0, _VF,
    0, () => ValidationFailure$
];
var VpcEndpointErrorList = [1, n0, _VEEL,
    0, () => VpcEndpointError$
];
var VpcEndpoints = [1, n0, _VEpc,
    0, () => VpcEndpoint$
];
var VpcEndpointSummaryList = [1, n0, _VESL,
    0, () => VpcEndpointSummary$
];
var LimitsByRole = [2, n0, _LBR,
    0, 0, () => Limits$
];
var LogPublishingOptions = [2, n0, _LPO,
    0, 0, () => LogPublishingOption$
];
var CapabilityBaseRequestConfig$ = [4, n0, _CBRC,
    0,
    [_aCi],
    [() => AIConfig$]
];
var CapabilityBaseResponseConfig$ = [4, n0, _CBRCa,
    0,
    [_aCi],
    [() => AIConfig$]
];
var CapabilityExtendedResponseConfig$ = [4, n0, _CERC,
    0,
    [_aCi],
    [() => AIConfig$]
];
var DataSourceType$ = [4, n0, _DST,
    0,
    [_SGDC],
    [() => S3GlueDataCatalog$]
];
var DirectQueryDataSourceType$ = [4, n0, _DQDST,
    0,
    [_CWL, _SLe, _Prom],
    [() => CloudWatchDirectQueryDataSource$, () => SecurityLakeDirectQueryDataSource$, () => PrometheusDirectQueryDataSource$]
];
var AcceptInboundConnection$ = [9, n0, _AICc,
    { [_h]: ["PUT", "/2021-01-01/opensearch/cc/inboundConnection/{ConnectionId}/accept", 200] }, () => AcceptInboundConnectionRequest$, () => AcceptInboundConnectionResponse$
];
var AddDataSource$ = [9, n0, _ADS,
    { [_h]: ["POST", "/2021-01-01/opensearch/domain/{DomainName}/dataSource", 200] }, () => AddDataSourceRequest$, () => AddDataSourceResponse$
];
var AddDirectQueryDataSource$ = [9, n0, _ADQDS,
    { [_h]: ["POST", "/2021-01-01/opensearch/directQueryDataSource", 200] }, () => AddDirectQueryDataSourceRequest$, () => AddDirectQueryDataSourceResponse$
];
var AddTags$ = [9, n0, _ATd,
    { [_h]: ["POST", "/2021-01-01/tags", 200] }, () => AddTagsRequest$, () => __Unit
];
var AssociatePackage$ = [9, n0, _APs,
    { [_h]: ["POST", "/2021-01-01/packages/associate/{PackageID}/{DomainName}", 200] }, () => AssociatePackageRequest$, () => AssociatePackageResponse$
];
var AssociatePackages$ = [9, n0, _APss,
    { [_h]: ["POST", "/2021-01-01/packages/associateMultiple", 200] }, () => AssociatePackagesRequest$, () => AssociatePackagesResponse$
];
var AttachDataSource$ = [9, n0, _ADSt,
    { [_h]: ["POST", "/2021-01-01/opensearch/application/{id}/attachDataSource", 200] }, () => AttachDataSourceRequest$, () => AttachDataSourceResponse$
];
var AuthorizeVpcEndpointAccess$ = [9, n0, _AVEA,
    { [_h]: ["POST", "/2021-01-01/opensearch/domain/{DomainName}/authorizeVpcEndpointAccess", 200] }, () => AuthorizeVpcEndpointAccessRequest$, () => AuthorizeVpcEndpointAccessResponse$
];
var CancelDomainConfigChange$ = [9, n0, _CDCC,
    { [_h]: ["POST", "/2021-01-01/opensearch/domain/{DomainName}/config/cancel", 200] }, () => CancelDomainConfigChangeRequest$, () => CancelDomainConfigChangeResponse$
];
var CancelServiceSoftwareUpdate$ = [9, n0, _CSSU,
    { [_h]: ["POST", "/2021-01-01/opensearch/serviceSoftwareUpdate/cancel", 200] }, () => CancelServiceSoftwareUpdateRequest$, () => CancelServiceSoftwareUpdateResponse$
];
var CreateApplication$ = [9, n0, _CAre,
    { [_h]: ["POST", "/2021-01-01/opensearch/application", 200] }, () => CreateApplicationRequest$, () => CreateApplicationResponse$
];
var CreateDomain$ = [9, n0, _CDr,
    { [_h]: ["POST", "/2021-01-01/opensearch/domain", 200] }, () => CreateDomainRequest$, () => CreateDomainResponse$
];
var CreateIndex$ = [9, n0, _CIr,
    { [_h]: ["POST", "/2021-01-01/opensearch/domain/{DomainName}/index", 200] }, () => CreateIndexRequest$, () => CreateIndexResponse$
];
var CreateOutboundConnection$ = [9, n0, _COC,
    { [_h]: ["POST", "/2021-01-01/opensearch/cc/outboundConnection", 200] }, () => CreateOutboundConnectionRequest$, () => CreateOutboundConnectionResponse$
];
var CreatePackage$ = [9, n0, _CPr,
    { [_h]: ["POST", "/2021-01-01/packages", 200] }, () => CreatePackageRequest$, () => CreatePackageResponse$
];
var CreateVpcEndpoint$ = [9, n0, _CVE,
    { [_h]: ["POST", "/2021-01-01/opensearch/vpcEndpoints", 200] }, () => CreateVpcEndpointRequest$, () => CreateVpcEndpointResponse$
];
var DeleteApplication$ = [9, n0, _DAe,
    { [_h]: ["DELETE", "/2021-01-01/opensearch/application/{id}", 200] }, () => DeleteApplicationRequest$, () => DeleteApplicationResponse$
];
var DeleteDataSource$ = [9, n0, _DDS,
    { [_h]: ["DELETE", "/2021-01-01/opensearch/domain/{DomainName}/dataSource/{Name}", 200] }, () => DeleteDataSourceRequest$, () => DeleteDataSourceResponse$
];
var DeleteDirectQueryDataSource$ = [9, n0, _DDQDS,
    { [_h]: ["DELETE", "/2021-01-01/opensearch/directQueryDataSource/{DataSourceName}", 200] }, () => DeleteDirectQueryDataSourceRequest$, () => __Unit
];
var DeleteDomain$ = [9, n0, _DD,
    { [_h]: ["DELETE", "/2021-01-01/opensearch/domain/{DomainName}", 200] }, () => DeleteDomainRequest$, () => DeleteDomainResponse$
];
var DeleteInboundConnection$ = [9, n0, _DICe,
    { [_h]: ["DELETE", "/2021-01-01/opensearch/cc/inboundConnection/{ConnectionId}", 200] }, () => DeleteInboundConnectionRequest$, () => DeleteInboundConnectionResponse$
];
var DeleteIndex$ = [9, n0, _DIe,
    { [_h]: ["DELETE", "/2021-01-01/opensearch/domain/{DomainName}/index/{IndexName}", 200] }, () => DeleteIndexRequest$, () => DeleteIndexResponse$
];
var DeleteOutboundConnection$ = [9, n0, _DOC,
    { [_h]: ["DELETE", "/2021-01-01/opensearch/cc/outboundConnection/{ConnectionId}", 200] }, () => DeleteOutboundConnectionRequest$, () => DeleteOutboundConnectionResponse$
];
var DeletePackage$ = [9, n0, _DP,
    { [_h]: ["DELETE", "/2021-01-01/packages/{PackageID}", 200] }, () => DeletePackageRequest$, () => DeletePackageResponse$
];
var DeleteVpcEndpoint$ = [9, n0, _DVE,
    { [_h]: ["DELETE", "/2021-01-01/opensearch/vpcEndpoints/{VpcEndpointId}", 200] }, () => DeleteVpcEndpointRequest$, () => DeleteVpcEndpointResponse$
];
var DeregisterCapability$ = [9, n0, _DCe,
    { [_h]: ["DELETE", "/2021-01-01/opensearch/application/{applicationId}/capability/deregister/{capabilityName}", 200] }, () => DeregisterCapabilityRequest$, () => DeregisterCapabilityResponse$
];
var DescribeDataSourceAttachment$ = [9, n0, _DDSA,
    { [_h]: ["POST", "/2021-01-01/opensearch/application/{id}/describeDataSourceAttachment", 200] }, () => DescribeDataSourceAttachmentRequest$, () => DescribeDataSourceAttachmentResponse$
];
var DescribeDomain$ = [9, n0, _DDe,
    { [_h]: ["GET", "/2021-01-01/opensearch/domain/{DomainName}", 200] }, () => DescribeDomainRequest$, () => DescribeDomainResponse$
];
var DescribeDomainAutoTunes$ = [9, n0, _DDAT,
    { [_h]: ["GET", "/2021-01-01/opensearch/domain/{DomainName}/autoTunes", 200] }, () => DescribeDomainAutoTunesRequest$, () => DescribeDomainAutoTunesResponse$
];
var DescribeDomainChangeProgress$ = [9, n0, _DDCP,
    { [_h]: ["GET", "/2021-01-01/opensearch/domain/{DomainName}/progress", 200] }, () => DescribeDomainChangeProgressRequest$, () => DescribeDomainChangeProgressResponse$
];
var DescribeDomainConfig$ = [9, n0, _DDC,
    { [_h]: ["GET", "/2021-01-01/opensearch/domain/{DomainName}/config", 200] }, () => DescribeDomainConfigRequest$, () => DescribeDomainConfigResponse$
];
var DescribeDomainHealth$ = [9, n0, _DDH,
    { [_h]: ["GET", "/2021-01-01/opensearch/domain/{DomainName}/health", 200] }, () => DescribeDomainHealthRequest$, () => DescribeDomainHealthResponse$
];
var DescribeDomainNodes$ = [9, n0, _DDN,
    { [_h]: ["GET", "/2021-01-01/opensearch/domain/{DomainName}/nodes", 200] }, () => DescribeDomainNodesRequest$, () => DescribeDomainNodesResponse$
];
var DescribeDomains$ = [9, n0, _DDes,
    { [_h]: ["POST", "/2021-01-01/opensearch/domain-info", 200] }, () => DescribeDomainsRequest$, () => DescribeDomainsResponse$
];
var DescribeDryRunProgress$ = [9, n0, _DDRP,
    { [_h]: ["GET", "/2021-01-01/opensearch/domain/{DomainName}/dryRun", 200] }, () => DescribeDryRunProgressRequest$, () => DescribeDryRunProgressResponse$
];
var DescribeInboundConnections$ = [9, n0, _DICes,
    { [_h]: ["POST", "/2021-01-01/opensearch/cc/inboundConnection/search", 200] }, () => DescribeInboundConnectionsRequest$, () => DescribeInboundConnectionsResponse$
];
var DescribeInsightDetails$ = [9, n0, _DID,
    { [_h]: ["POST", "/2021-01-01/opensearch/insight-details", 200] }, () => DescribeInsightDetailsRequest$, () => DescribeInsightDetailsResponse$
];
var DescribeInstanceTypeLimits$ = [9, n0, _DITL,
    { [_h]: ["GET", "/2021-01-01/opensearch/instanceTypeLimits/{EngineVersion}/{InstanceType}", 200] }, () => DescribeInstanceTypeLimitsRequest$, () => DescribeInstanceTypeLimitsResponse$
];
var DescribeOutboundConnections$ = [9, n0, _DOCe,
    { [_h]: ["POST", "/2021-01-01/opensearch/cc/outboundConnection/search", 200] }, () => DescribeOutboundConnectionsRequest$, () => DescribeOutboundConnectionsResponse$
];
var DescribePackages$ = [9, n0, _DPe,
    { [_h]: ["POST", "/2021-01-01/packages/describe", 200] }, () => DescribePackagesRequest$, () => DescribePackagesResponse$
];
var DescribeReservedInstanceOfferings$ = [9, n0, _DRIO,
    { [_h]: ["GET", "/2021-01-01/opensearch/reservedInstanceOfferings", 200] }, () => DescribeReservedInstanceOfferingsRequest$, () => DescribeReservedInstanceOfferingsResponse$
];
var DescribeReservedInstances$ = [9, n0, _DRIe,
    { [_h]: ["GET", "/2021-01-01/opensearch/reservedInstances", 200] }, () => DescribeReservedInstancesRequest$, () => DescribeReservedInstancesResponse$
];
var DescribeVpcEndpoints$ = [9, n0, _DVEe,
    { [_h]: ["POST", "/2021-01-01/opensearch/vpcEndpoints/describe", 200] }, () => DescribeVpcEndpointsRequest$, () => DescribeVpcEndpointsResponse$
];
var DetachDataSource$ = [9, n0, _DDSe,
    { [_h]: ["POST", "/2021-01-01/opensearch/application/{id}/detachDataSource", 200] }, () => DetachDataSourceRequest$, () => DetachDataSourceResponse$
];
var DissociatePackage$ = [9, n0, _DPi,
    { [_h]: ["POST", "/2021-01-01/packages/dissociate/{PackageID}/{DomainName}", 200] }, () => DissociatePackageRequest$, () => DissociatePackageResponse$
];
var DissociatePackages$ = [9, n0, _DPis,
    { [_h]: ["POST", "/2021-01-01/packages/dissociateMultiple", 200] }, () => DissociatePackagesRequest$, () => DissociatePackagesResponse$
];
var GetApplication$ = [9, n0, _GA,
    { [_h]: ["GET", "/2021-01-01/opensearch/application/{id}", 200] }, () => GetApplicationRequest$, () => GetApplicationResponse$
];
var GetCapability$ = [9, n0, _GC,
    { [_h]: ["GET", "/2021-01-01/opensearch/application/{applicationId}/capability/{capabilityName}", 200] }, () => GetCapabilityRequest$, () => GetCapabilityResponse$
];
var GetCompatibleVersions$ = [9, n0, _GCV,
    { [_h]: ["GET", "/2021-01-01/opensearch/compatibleVersions", 200] }, () => GetCompatibleVersionsRequest$, () => GetCompatibleVersionsResponse$
];
var GetDataSource$ = [9, n0, _GDS,
    { [_h]: ["GET", "/2021-01-01/opensearch/domain/{DomainName}/dataSource/{Name}", 200] }, () => GetDataSourceRequest$, () => GetDataSourceResponse$
];
var GetDefaultApplicationSetting$ = [9, n0, _GDAS,
    { [_h]: ["GET", "/2021-01-01/opensearch/defaultApplicationSetting", 200] }, () => GetDefaultApplicationSettingRequest$, () => GetDefaultApplicationSettingResponse$
];
var GetDirectQueryDataSource$ = [9, n0, _GDQDS,
    { [_h]: ["GET", "/2021-01-01/opensearch/directQueryDataSource/{DataSourceName}", 200] }, () => GetDirectQueryDataSourceRequest$, () => GetDirectQueryDataSourceResponse$
];
var GetDomainMaintenanceStatus$ = [9, n0, _GDMS,
    { [_h]: ["GET", "/2021-01-01/opensearch/domain/{DomainName}/domainMaintenance", 200] }, () => GetDomainMaintenanceStatusRequest$, () => GetDomainMaintenanceStatusResponse$
];
var GetIndex$ = [9, n0, _GI,
    { [_h]: ["GET", "/2021-01-01/opensearch/domain/{DomainName}/index/{IndexName}", 200] }, () => GetIndexRequest$, () => GetIndexResponse$
];
var GetMigration$ = [9, n0, _GM,
    { [_h]: ["GET", "/2021-01-01/opensearch/app-migrations/{migrationId}", 200] }, () => GetMigrationRequest$, () => GetMigrationResponse$
];
var GetPackageVersionHistory$ = [9, n0, _GPVH,
    { [_h]: ["GET", "/2021-01-01/packages/{PackageID}/history", 200] }, () => GetPackageVersionHistoryRequest$, () => GetPackageVersionHistoryResponse$
];
var GetUpgradeHistory$ = [9, n0, _GUH,
    { [_h]: ["GET", "/2021-01-01/opensearch/upgradeDomain/{DomainName}/history", 200] }, () => GetUpgradeHistoryRequest$, () => GetUpgradeHistoryResponse$
];
var GetUpgradeStatus$ = [9, n0, _GUS,
    { [_h]: ["GET", "/2021-01-01/opensearch/upgradeDomain/{DomainName}/status", 200] }, () => GetUpgradeStatusRequest$, () => GetUpgradeStatusResponse$
];
var InsightFeedback$ = [9, n0, _IFn,
    { [_h]: ["POST", "/2021-01-01/opensearch/insight-feedback", 200] }, () => InsightFeedbackRequest$, () => InsightFeedbackResponse$
];
var ListApplications$ = [9, n0, _LA,
    { [_h]: ["GET", "/2021-01-01/opensearch/list-applications", 200] }, () => ListApplicationsRequest$, () => ListApplicationsResponse$
];
var ListDataSourceAttachments$ = [9, n0, _LDSA,
    { [_h]: ["POST", "/2021-01-01/opensearch/application/{id}/listDataSourceAttachments", 200] }, () => ListDataSourceAttachmentsRequest$, () => ListDataSourceAttachmentsResponse$
];
var ListDataSources$ = [9, n0, _LDS,
    { [_h]: ["GET", "/2021-01-01/opensearch/domain/{DomainName}/dataSource", 200] }, () => ListDataSourcesRequest$, () => ListDataSourcesResponse$
];
var ListDirectQueryDataSources$ = [9, n0, _LDQDS,
    { [_h]: ["GET", "/2021-01-01/opensearch/directQueryDataSource", 200] }, () => ListDirectQueryDataSourcesRequest$, () => ListDirectQueryDataSourcesResponse$
];
var ListDomainMaintenances$ = [9, n0, _LDM,
    { [_h]: ["GET", "/2021-01-01/opensearch/domain/{DomainName}/domainMaintenances", 200] }, () => ListDomainMaintenancesRequest$, () => ListDomainMaintenancesResponse$
];
var ListDomainNames$ = [9, n0, _LDN,
    { [_h]: ["GET", "/2021-01-01/domain", 200] }, () => ListDomainNamesRequest$, () => ListDomainNamesResponse$
];
var ListDomainsForPackage$ = [9, n0, _LDFP,
    { [_h]: ["GET", "/2021-01-01/packages/{PackageID}/domains", 200] }, () => ListDomainsForPackageRequest$, () => ListDomainsForPackageResponse$
];
var ListInsights$ = [9, n0, _LI,
    { [_h]: ["POST", "/2021-01-01/opensearch/insights", 200] }, () => ListInsightsRequest$, () => ListInsightsResponse$
];
var ListInstanceTypeDetails$ = [9, n0, _LITD,
    { [_h]: ["GET", "/2021-01-01/opensearch/instanceTypeDetails/{EngineVersion}", 200] }, () => ListInstanceTypeDetailsRequest$, () => ListInstanceTypeDetailsResponse$
];
var ListMigrations$ = [9, n0, _LM,
    { [_h]: ["GET", "/2021-01-01/opensearch/app-migrations", 200] }, () => ListMigrationsRequest$, () => ListMigrationsResponse$
];
var ListPackagesForDomain$ = [9, n0, _LPFD,
    { [_h]: ["GET", "/2021-01-01/domain/{DomainName}/packages", 200] }, () => ListPackagesForDomainRequest$, () => ListPackagesForDomainResponse$
];
var ListScheduledActions$ = [9, n0, _LSA,
    { [_h]: ["GET", "/2021-01-01/opensearch/domain/{DomainName}/scheduledActions", 200] }, () => ListScheduledActionsRequest$, () => ListScheduledActionsResponse$
];
var ListTags$ = [9, n0, _LT,
    { [_h]: ["GET", "/2021-01-01/tags", 200] }, () => ListTagsRequest$, () => ListTagsResponse$
];
var ListVersions$ = [9, n0, _LVi,
    { [_h]: ["GET", "/2021-01-01/opensearch/versions", 200] }, () => ListVersionsRequest$, () => ListVersionsResponse$
];
var ListVpcEndpointAccess$ = [9, n0, _LVEA,
    { [_h]: ["GET", "/2021-01-01/opensearch/domain/{DomainName}/listVpcEndpointAccess", 200] }, () => ListVpcEndpointAccessRequest$, () => ListVpcEndpointAccessResponse$
];
var ListVpcEndpoints$ = [9, n0, _LVE,
    { [_h]: ["GET", "/2021-01-01/opensearch/vpcEndpoints", 200] }, () => ListVpcEndpointsRequest$, () => ListVpcEndpointsResponse$
];
var ListVpcEndpointsForDomain$ = [9, n0, _LVEFD,
    { [_h]: ["GET", "/2021-01-01/opensearch/domain/{DomainName}/vpcEndpoints", 200] }, () => ListVpcEndpointsForDomainRequest$, () => ListVpcEndpointsForDomainResponse$
];
var PurchaseReservedInstanceOffering$ = [9, n0, _PRIO,
    { [_h]: ["POST", "/2021-01-01/opensearch/purchaseReservedInstanceOffering", 200] }, () => PurchaseReservedInstanceOfferingRequest$, () => PurchaseReservedInstanceOfferingResponse$
];
var PutDefaultApplicationSetting$ = [9, n0, _PDAS,
    { [_h]: ["PUT", "/2021-01-01/opensearch/defaultApplicationSetting", 200] }, () => PutDefaultApplicationSettingRequest$, () => PutDefaultApplicationSettingResponse$
];
var RegisterCapability$ = [9, n0, _RCeg,
    { [_h]: ["POST", "/2021-01-01/opensearch/application/{applicationId}/capability/register", 200] }, () => RegisterCapabilityRequest$, () => RegisterCapabilityResponse$
];
var RejectInboundConnection$ = [9, n0, _RIC,
    { [_h]: ["PUT", "/2021-01-01/opensearch/cc/inboundConnection/{ConnectionId}/reject", 200] }, () => RejectInboundConnectionRequest$, () => RejectInboundConnectionResponse$
];
var RemoveTags$ = [9, n0, _RT,
    { [_h]: ["POST", "/2021-01-01/tags-removal", 200] }, () => RemoveTagsRequest$, () => __Unit
];
var RevokeVpcEndpointAccess$ = [9, n0, _RVEA,
    { [_h]: ["POST", "/2021-01-01/opensearch/domain/{DomainName}/revokeVpcEndpointAccess", 200] }, () => RevokeVpcEndpointAccessRequest$, () => RevokeVpcEndpointAccessResponse$
];
var RollbackServiceSoftwareUpdate$ = [9, n0, _RSSU,
    { [_h]: ["POST", "/2021-01-01/opensearch/serviceSoftwareUpdate/rollback", 200] }, () => RollbackServiceSoftwareUpdateRequest$, () => RollbackServiceSoftwareUpdateResponse$
];
var StartDomainMaintenance$ = [9, n0, _SDM,
    { [_h]: ["POST", "/2021-01-01/opensearch/domain/{DomainName}/domainMaintenance", 200] }, () => StartDomainMaintenanceRequest$, () => StartDomainMaintenanceResponse$
];
var StartMigration$ = [9, n0, _SMt,
    { [_h]: ["POST", "/2021-01-01/opensearch/app-migrations", 200] }, () => StartMigrationRequest$, () => StartMigrationResponse$
];
var StartServiceSoftwareUpdate$ = [9, n0, _SSSU,
    { [_h]: ["POST", "/2021-01-01/opensearch/serviceSoftwareUpdate/start", 200] }, () => StartServiceSoftwareUpdateRequest$, () => StartServiceSoftwareUpdateResponse$
];
var UpdateApplication$ = [9, n0, _UApd,
    { [_h]: ["PUT", "/2021-01-01/opensearch/application/{id}", 200] }, () => UpdateApplicationRequest$, () => UpdateApplicationResponse$
];
var UpdateDataSource$ = [9, n0, _UDS,
    { [_h]: ["PUT", "/2021-01-01/opensearch/domain/{DomainName}/dataSource/{Name}", 200] }, () => UpdateDataSourceRequest$, () => UpdateDataSourceResponse$
];
var UpdateDirectQueryDataSource$ = [9, n0, _UDQDS,
    { [_h]: ["PUT", "/2021-01-01/opensearch/directQueryDataSource/{DataSourceName}", 200] }, () => UpdateDirectQueryDataSourceRequest$, () => UpdateDirectQueryDataSourceResponse$
];
var UpdateDomainConfig$ = [9, n0, _UDC,
    { [_h]: ["POST", "/2021-01-01/opensearch/domain/{DomainName}/config", 200] }, () => UpdateDomainConfigRequest$, () => UpdateDomainConfigResponse$
];
var UpdateIndex$ = [9, n0, _UIp,
    { [_h]: ["PUT", "/2021-01-01/opensearch/domain/{DomainName}/index/{IndexName}", 200] }, () => UpdateIndexRequest$, () => UpdateIndexResponse$
];
var UpdatePackage$ = [9, n0, _UPp,
    { [_h]: ["POST", "/2021-01-01/packages/update", 200] }, () => UpdatePackageRequest$, () => UpdatePackageResponse$
];
var UpdatePackageScope$ = [9, n0, _UPS,
    { [_h]: ["POST", "/2021-01-01/packages/updateScope", 200] }, () => UpdatePackageScopeRequest$, () => UpdatePackageScopeResponse$
];
var UpdateScheduledAction$ = [9, n0, _USA,
    { [_h]: ["PUT", "/2021-01-01/opensearch/domain/{DomainName}/scheduledAction/update", 200] }, () => UpdateScheduledActionRequest$, () => UpdateScheduledActionResponse$
];
var UpdateVpcEndpoint$ = [9, n0, _UVE,
    { [_h]: ["POST", "/2021-01-01/opensearch/vpcEndpoints/update", 200] }, () => UpdateVpcEndpointRequest$, () => UpdateVpcEndpointResponse$
];
var UpgradeDomain$ = [9, n0, _UDp,
    { [_h]: ["POST", "/2021-01-01/opensearch/upgradeDomain", 200] }, () => UpgradeDomainRequest$, () => UpgradeDomainResponse$
];

const getRuntimeConfig$1 = (config) => {
    return {
        apiVersion: "2021-01-01",
        base64Decoder: config?.base64Decoder ?? fromBase64,
        base64Encoder: config?.base64Encoder ?? toBase64,
        disableHostPrefix: config?.disableHostPrefix ?? false,
        endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
        extensions: config?.extensions ?? [],
        httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultOpenSearchHttpAuthSchemeProvider,
        httpAuthSchemes: config?.httpAuthSchemes ?? [
            {
                schemeId: "aws.auth#sigv4",
                identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
                signer: new AwsSdkSigV4Signer(),
            },
        ],
        logger: config?.logger ?? new NoOpLogger(),
        protocol: config?.protocol ?? AwsRestJsonProtocol,
        protocolSettings: config?.protocolSettings ?? {
            defaultNamespace: "com.amazonaws.opensearch",
            errorTypeRegistries,
            xmlNamespace: "http://es.amazonaws.com/doc/2021-01-01/",
            version: "2021-01-01",
            serviceTarget: "AmazonOpenSearchService",
        },
        serviceId: config?.serviceId ?? "OpenSearch",
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

class OpenSearchClient extends Client {
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
            httpAuthSchemeParametersProvider: defaultOpenSearchHttpAuthSchemeParametersProvider,
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

const command = makeBuilder(commonParams, "AmazonOpenSearchService", "OpenSearchClient", getEndpointPlugin);
const _ep0 = {};
const _mw0 = (Command, cs, config, o) => [];

class AcceptInboundConnectionCommand extends command(_ep0, _mw0, "AcceptInboundConnection", AcceptInboundConnection$) {
}

class AddDataSourceCommand extends command(_ep0, _mw0, "AddDataSource", AddDataSource$) {
}

class AddDirectQueryDataSourceCommand extends command(_ep0, _mw0, "AddDirectQueryDataSource", AddDirectQueryDataSource$) {
}

class AddTagsCommand extends command(_ep0, _mw0, "AddTags", AddTags$) {
}

class AssociatePackageCommand extends command(_ep0, _mw0, "AssociatePackage", AssociatePackage$) {
}

class AssociatePackagesCommand extends command(_ep0, _mw0, "AssociatePackages", AssociatePackages$) {
}

class AttachDataSourceCommand extends command(_ep0, _mw0, "AttachDataSource", AttachDataSource$) {
}

class AuthorizeVpcEndpointAccessCommand extends command(_ep0, _mw0, "AuthorizeVpcEndpointAccess", AuthorizeVpcEndpointAccess$) {
}

class CancelDomainConfigChangeCommand extends command(_ep0, _mw0, "CancelDomainConfigChange", CancelDomainConfigChange$) {
}

class CancelServiceSoftwareUpdateCommand extends command(_ep0, _mw0, "CancelServiceSoftwareUpdate", CancelServiceSoftwareUpdate$) {
}

class CreateApplicationCommand extends command(_ep0, _mw0, "CreateApplication", CreateApplication$) {
}

class CreateDomainCommand extends command(_ep0, _mw0, "CreateDomain", CreateDomain$) {
}

class CreateIndexCommand extends command(_ep0, _mw0, "CreateIndex", CreateIndex$) {
}

class CreateOutboundConnectionCommand extends command(_ep0, _mw0, "CreateOutboundConnection", CreateOutboundConnection$) {
}

class CreatePackageCommand extends command(_ep0, _mw0, "CreatePackage", CreatePackage$) {
}

class CreateVpcEndpointCommand extends command(_ep0, _mw0, "CreateVpcEndpoint", CreateVpcEndpoint$) {
}

class DeleteApplicationCommand extends command(_ep0, _mw0, "DeleteApplication", DeleteApplication$) {
}

class DeleteDataSourceCommand extends command(_ep0, _mw0, "DeleteDataSource", DeleteDataSource$) {
}

class DeleteDirectQueryDataSourceCommand extends command(_ep0, _mw0, "DeleteDirectQueryDataSource", DeleteDirectQueryDataSource$) {
}

class DeleteDomainCommand extends command(_ep0, _mw0, "DeleteDomain", DeleteDomain$) {
}

class DeleteInboundConnectionCommand extends command(_ep0, _mw0, "DeleteInboundConnection", DeleteInboundConnection$) {
}

class DeleteIndexCommand extends command(_ep0, _mw0, "DeleteIndex", DeleteIndex$) {
}

class DeleteOutboundConnectionCommand extends command(_ep0, _mw0, "DeleteOutboundConnection", DeleteOutboundConnection$) {
}

class DeletePackageCommand extends command(_ep0, _mw0, "DeletePackage", DeletePackage$) {
}

class DeleteVpcEndpointCommand extends command(_ep0, _mw0, "DeleteVpcEndpoint", DeleteVpcEndpoint$) {
}

class DeregisterCapabilityCommand extends command(_ep0, _mw0, "DeregisterCapability", DeregisterCapability$) {
}

class DescribeDataSourceAttachmentCommand extends command(_ep0, _mw0, "DescribeDataSourceAttachment", DescribeDataSourceAttachment$) {
}

class DescribeDomainAutoTunesCommand extends command(_ep0, _mw0, "DescribeDomainAutoTunes", DescribeDomainAutoTunes$) {
}

class DescribeDomainChangeProgressCommand extends command(_ep0, _mw0, "DescribeDomainChangeProgress", DescribeDomainChangeProgress$) {
}

class DescribeDomainCommand extends command(_ep0, _mw0, "DescribeDomain", DescribeDomain$) {
}

class DescribeDomainConfigCommand extends command(_ep0, _mw0, "DescribeDomainConfig", DescribeDomainConfig$) {
}

class DescribeDomainHealthCommand extends command(_ep0, _mw0, "DescribeDomainHealth", DescribeDomainHealth$) {
}

class DescribeDomainNodesCommand extends command(_ep0, _mw0, "DescribeDomainNodes", DescribeDomainNodes$) {
}

class DescribeDomainsCommand extends command(_ep0, _mw0, "DescribeDomains", DescribeDomains$) {
}

class DescribeDryRunProgressCommand extends command(_ep0, _mw0, "DescribeDryRunProgress", DescribeDryRunProgress$) {
}

class DescribeInboundConnectionsCommand extends command(_ep0, _mw0, "DescribeInboundConnections", DescribeInboundConnections$) {
}

class DescribeInsightDetailsCommand extends command(_ep0, _mw0, "DescribeInsightDetails", DescribeInsightDetails$) {
}

class DescribeInstanceTypeLimitsCommand extends command(_ep0, _mw0, "DescribeInstanceTypeLimits", DescribeInstanceTypeLimits$) {
}

class DescribeOutboundConnectionsCommand extends command(_ep0, _mw0, "DescribeOutboundConnections", DescribeOutboundConnections$) {
}

class DescribePackagesCommand extends command(_ep0, _mw0, "DescribePackages", DescribePackages$) {
}

class DescribeReservedInstanceOfferingsCommand extends command(_ep0, _mw0, "DescribeReservedInstanceOfferings", DescribeReservedInstanceOfferings$) {
}

class DescribeReservedInstancesCommand extends command(_ep0, _mw0, "DescribeReservedInstances", DescribeReservedInstances$) {
}

class DescribeVpcEndpointsCommand extends command(_ep0, _mw0, "DescribeVpcEndpoints", DescribeVpcEndpoints$) {
}

class DetachDataSourceCommand extends command(_ep0, _mw0, "DetachDataSource", DetachDataSource$) {
}

class DissociatePackageCommand extends command(_ep0, _mw0, "DissociatePackage", DissociatePackage$) {
}

class DissociatePackagesCommand extends command(_ep0, _mw0, "DissociatePackages", DissociatePackages$) {
}

class GetApplicationCommand extends command(_ep0, _mw0, "GetApplication", GetApplication$) {
}

class GetCapabilityCommand extends command(_ep0, _mw0, "GetCapability", GetCapability$) {
}

class GetCompatibleVersionsCommand extends command(_ep0, _mw0, "GetCompatibleVersions", GetCompatibleVersions$) {
}

class GetDataSourceCommand extends command(_ep0, _mw0, "GetDataSource", GetDataSource$) {
}

class GetDefaultApplicationSettingCommand extends command(_ep0, _mw0, "GetDefaultApplicationSetting", GetDefaultApplicationSetting$) {
}

class GetDirectQueryDataSourceCommand extends command(_ep0, _mw0, "GetDirectQueryDataSource", GetDirectQueryDataSource$) {
}

class GetDomainMaintenanceStatusCommand extends command(_ep0, _mw0, "GetDomainMaintenanceStatus", GetDomainMaintenanceStatus$) {
}

class GetIndexCommand extends command(_ep0, _mw0, "GetIndex", GetIndex$) {
}

class GetMigrationCommand extends command(_ep0, _mw0, "GetMigration", GetMigration$) {
}

class GetPackageVersionHistoryCommand extends command(_ep0, _mw0, "GetPackageVersionHistory", GetPackageVersionHistory$) {
}

class GetUpgradeHistoryCommand extends command(_ep0, _mw0, "GetUpgradeHistory", GetUpgradeHistory$) {
}

class GetUpgradeStatusCommand extends command(_ep0, _mw0, "GetUpgradeStatus", GetUpgradeStatus$) {
}

class InsightFeedbackCommand extends command(_ep0, _mw0, "InsightFeedback", InsightFeedback$) {
}

class ListApplicationsCommand extends command(_ep0, _mw0, "ListApplications", ListApplications$) {
}

class ListDataSourceAttachmentsCommand extends command(_ep0, _mw0, "ListDataSourceAttachments", ListDataSourceAttachments$) {
}

class ListDataSourcesCommand extends command(_ep0, _mw0, "ListDataSources", ListDataSources$) {
}

class ListDirectQueryDataSourcesCommand extends command(_ep0, _mw0, "ListDirectQueryDataSources", ListDirectQueryDataSources$) {
}

class ListDomainMaintenancesCommand extends command(_ep0, _mw0, "ListDomainMaintenances", ListDomainMaintenances$) {
}

class ListDomainNamesCommand extends command(_ep0, _mw0, "ListDomainNames", ListDomainNames$) {
}

class ListDomainsForPackageCommand extends command(_ep0, _mw0, "ListDomainsForPackage", ListDomainsForPackage$) {
}

class ListInsightsCommand extends command(_ep0, _mw0, "ListInsights", ListInsights$) {
}

class ListInstanceTypeDetailsCommand extends command(_ep0, _mw0, "ListInstanceTypeDetails", ListInstanceTypeDetails$) {
}

class ListMigrationsCommand extends command(_ep0, _mw0, "ListMigrations", ListMigrations$) {
}

class ListPackagesForDomainCommand extends command(_ep0, _mw0, "ListPackagesForDomain", ListPackagesForDomain$) {
}

class ListScheduledActionsCommand extends command(_ep0, _mw0, "ListScheduledActions", ListScheduledActions$) {
}

class ListTagsCommand extends command(_ep0, _mw0, "ListTags", ListTags$) {
}

class ListVersionsCommand extends command(_ep0, _mw0, "ListVersions", ListVersions$) {
}

class ListVpcEndpointAccessCommand extends command(_ep0, _mw0, "ListVpcEndpointAccess", ListVpcEndpointAccess$) {
}

class ListVpcEndpointsCommand extends command(_ep0, _mw0, "ListVpcEndpoints", ListVpcEndpoints$) {
}

class ListVpcEndpointsForDomainCommand extends command(_ep0, _mw0, "ListVpcEndpointsForDomain", ListVpcEndpointsForDomain$) {
}

class PurchaseReservedInstanceOfferingCommand extends command(_ep0, _mw0, "PurchaseReservedInstanceOffering", PurchaseReservedInstanceOffering$) {
}

class PutDefaultApplicationSettingCommand extends command(_ep0, _mw0, "PutDefaultApplicationSetting", PutDefaultApplicationSetting$) {
}

class RegisterCapabilityCommand extends command(_ep0, _mw0, "RegisterCapability", RegisterCapability$) {
}

class RejectInboundConnectionCommand extends command(_ep0, _mw0, "RejectInboundConnection", RejectInboundConnection$) {
}

class RemoveTagsCommand extends command(_ep0, _mw0, "RemoveTags", RemoveTags$) {
}

class RevokeVpcEndpointAccessCommand extends command(_ep0, _mw0, "RevokeVpcEndpointAccess", RevokeVpcEndpointAccess$) {
}

class RollbackServiceSoftwareUpdateCommand extends command(_ep0, _mw0, "RollbackServiceSoftwareUpdate", RollbackServiceSoftwareUpdate$) {
}

class StartDomainMaintenanceCommand extends command(_ep0, _mw0, "StartDomainMaintenance", StartDomainMaintenance$) {
}

class StartMigrationCommand extends command(_ep0, _mw0, "StartMigration", StartMigration$) {
}

class StartServiceSoftwareUpdateCommand extends command(_ep0, _mw0, "StartServiceSoftwareUpdate", StartServiceSoftwareUpdate$) {
}

class UpdateApplicationCommand extends command(_ep0, _mw0, "UpdateApplication", UpdateApplication$) {
}

class UpdateDataSourceCommand extends command(_ep0, _mw0, "UpdateDataSource", UpdateDataSource$) {
}

class UpdateDirectQueryDataSourceCommand extends command(_ep0, _mw0, "UpdateDirectQueryDataSource", UpdateDirectQueryDataSource$) {
}

class UpdateDomainConfigCommand extends command(_ep0, _mw0, "UpdateDomainConfig", UpdateDomainConfig$) {
}

class UpdateIndexCommand extends command(_ep0, _mw0, "UpdateIndex", UpdateIndex$) {
}

class UpdatePackageCommand extends command(_ep0, _mw0, "UpdatePackage", UpdatePackage$) {
}

class UpdatePackageScopeCommand extends command(_ep0, _mw0, "UpdatePackageScope", UpdatePackageScope$) {
}

class UpdateScheduledActionCommand extends command(_ep0, _mw0, "UpdateScheduledAction", UpdateScheduledAction$) {
}

class UpdateVpcEndpointCommand extends command(_ep0, _mw0, "UpdateVpcEndpoint", UpdateVpcEndpoint$) {
}

class UpgradeDomainCommand extends command(_ep0, _mw0, "UpgradeDomain", UpgradeDomain$) {
}

const paginateDescribeDomainAutoTunes = createPaginator(OpenSearchClient, DescribeDomainAutoTunesCommand, "NextToken", "NextToken", "MaxResults");

const paginateDescribeInboundConnections = createPaginator(OpenSearchClient, DescribeInboundConnectionsCommand, "NextToken", "NextToken", "MaxResults");

const paginateDescribeOutboundConnections = createPaginator(OpenSearchClient, DescribeOutboundConnectionsCommand, "NextToken", "NextToken", "MaxResults");

const paginateDescribePackages = createPaginator(OpenSearchClient, DescribePackagesCommand, "NextToken", "NextToken", "MaxResults");

const paginateDescribeReservedInstanceOfferings = createPaginator(OpenSearchClient, DescribeReservedInstanceOfferingsCommand, "NextToken", "NextToken", "MaxResults");

const paginateDescribeReservedInstances = createPaginator(OpenSearchClient, DescribeReservedInstancesCommand, "NextToken", "NextToken", "MaxResults");

const paginateGetPackageVersionHistory = createPaginator(OpenSearchClient, GetPackageVersionHistoryCommand, "NextToken", "NextToken", "MaxResults");

const paginateGetUpgradeHistory = createPaginator(OpenSearchClient, GetUpgradeHistoryCommand, "NextToken", "NextToken", "MaxResults");

const paginateListApplications = createPaginator(OpenSearchClient, ListApplicationsCommand, "nextToken", "nextToken", "maxResults");

const paginateListDomainMaintenances = createPaginator(OpenSearchClient, ListDomainMaintenancesCommand, "NextToken", "NextToken", "MaxResults");

const paginateListDomainsForPackage = createPaginator(OpenSearchClient, ListDomainsForPackageCommand, "NextToken", "NextToken", "MaxResults");

const paginateListInstanceTypeDetails = createPaginator(OpenSearchClient, ListInstanceTypeDetailsCommand, "NextToken", "NextToken", "MaxResults");

const paginateListPackagesForDomain = createPaginator(OpenSearchClient, ListPackagesForDomainCommand, "NextToken", "NextToken", "MaxResults");

const paginateListScheduledActions = createPaginator(OpenSearchClient, ListScheduledActionsCommand, "NextToken", "NextToken", "MaxResults");

const paginateListVersions = createPaginator(OpenSearchClient, ListVersionsCommand, "NextToken", "NextToken", "MaxResults");

const commands = {
    AcceptInboundConnectionCommand,
    AddDataSourceCommand,
    AddDirectQueryDataSourceCommand,
    AddTagsCommand,
    AssociatePackageCommand,
    AssociatePackagesCommand,
    AttachDataSourceCommand,
    AuthorizeVpcEndpointAccessCommand,
    CancelDomainConfigChangeCommand,
    CancelServiceSoftwareUpdateCommand,
    CreateApplicationCommand,
    CreateDomainCommand,
    CreateIndexCommand,
    CreateOutboundConnectionCommand,
    CreatePackageCommand,
    CreateVpcEndpointCommand,
    DeleteApplicationCommand,
    DeleteDataSourceCommand,
    DeleteDirectQueryDataSourceCommand,
    DeleteDomainCommand,
    DeleteInboundConnectionCommand,
    DeleteIndexCommand,
    DeleteOutboundConnectionCommand,
    DeletePackageCommand,
    DeleteVpcEndpointCommand,
    DeregisterCapabilityCommand,
    DescribeDataSourceAttachmentCommand,
    DescribeDomainCommand,
    DescribeDomainAutoTunesCommand,
    DescribeDomainChangeProgressCommand,
    DescribeDomainConfigCommand,
    DescribeDomainHealthCommand,
    DescribeDomainNodesCommand,
    DescribeDomainsCommand,
    DescribeDryRunProgressCommand,
    DescribeInboundConnectionsCommand,
    DescribeInsightDetailsCommand,
    DescribeInstanceTypeLimitsCommand,
    DescribeOutboundConnectionsCommand,
    DescribePackagesCommand,
    DescribeReservedInstanceOfferingsCommand,
    DescribeReservedInstancesCommand,
    DescribeVpcEndpointsCommand,
    DetachDataSourceCommand,
    DissociatePackageCommand,
    DissociatePackagesCommand,
    GetApplicationCommand,
    GetCapabilityCommand,
    GetCompatibleVersionsCommand,
    GetDataSourceCommand,
    GetDefaultApplicationSettingCommand,
    GetDirectQueryDataSourceCommand,
    GetDomainMaintenanceStatusCommand,
    GetIndexCommand,
    GetMigrationCommand,
    GetPackageVersionHistoryCommand,
    GetUpgradeHistoryCommand,
    GetUpgradeStatusCommand,
    InsightFeedbackCommand,
    ListApplicationsCommand,
    ListDataSourceAttachmentsCommand,
    ListDataSourcesCommand,
    ListDirectQueryDataSourcesCommand,
    ListDomainMaintenancesCommand,
    ListDomainNamesCommand,
    ListDomainsForPackageCommand,
    ListInsightsCommand,
    ListInstanceTypeDetailsCommand,
    ListMigrationsCommand,
    ListPackagesForDomainCommand,
    ListScheduledActionsCommand,
    ListTagsCommand,
    ListVersionsCommand,
    ListVpcEndpointAccessCommand,
    ListVpcEndpointsCommand,
    ListVpcEndpointsForDomainCommand,
    PurchaseReservedInstanceOfferingCommand,
    PutDefaultApplicationSettingCommand,
    RegisterCapabilityCommand,
    RejectInboundConnectionCommand,
    RemoveTagsCommand,
    RevokeVpcEndpointAccessCommand,
    RollbackServiceSoftwareUpdateCommand,
    StartDomainMaintenanceCommand,
    StartMigrationCommand,
    StartServiceSoftwareUpdateCommand,
    UpdateApplicationCommand,
    UpdateDataSourceCommand,
    UpdateDirectQueryDataSourceCommand,
    UpdateDomainConfigCommand,
    UpdateIndexCommand,
    UpdatePackageCommand,
    UpdatePackageScopeCommand,
    UpdateScheduledActionCommand,
    UpdateVpcEndpointCommand,
    UpgradeDomainCommand,
};
const paginators = {
    paginateDescribeDomainAutoTunes,
    paginateDescribeInboundConnections,
    paginateDescribeOutboundConnections,
    paginateDescribePackages,
    paginateDescribeReservedInstanceOfferings,
    paginateDescribeReservedInstances,
    paginateGetPackageVersionHistory,
    paginateGetUpgradeHistory,
    paginateListApplications,
    paginateListDomainMaintenances,
    paginateListDomainsForPackage,
    paginateListInstanceTypeDetails,
    paginateListPackagesForDomain,
    paginateListScheduledActions,
    paginateListVersions,
};
class OpenSearch extends OpenSearchClient {
}
createAggregatedClient(commands, OpenSearch, { paginators });

const ConnectionMode = {
    DIRECT: "DIRECT",
    VPC_ENDPOINT: "VPC_ENDPOINT",
};
const InboundConnectionStatusCode = {
    ACTIVE: "ACTIVE",
    APPROVED: "APPROVED",
    DELETED: "DELETED",
    DELETING: "DELETING",
    PENDING_ACCEPTANCE: "PENDING_ACCEPTANCE",
    PROVISIONING: "PROVISIONING",
    REJECTED: "REJECTED",
    REJECTING: "REJECTING",
};
const OptionState = {
    Active: "Active",
    Processing: "Processing",
    RequiresIndexDocuments: "RequiresIndexDocuments",
};
const ActionSeverity = {
    HIGH: "HIGH",
    LOW: "LOW",
    MEDIUM: "MEDIUM",
};
const ActionStatus = {
    COMPLETED: "COMPLETED",
    ELIGIBLE: "ELIGIBLE",
    FAILED: "FAILED",
    IN_PROGRESS: "IN_PROGRESS",
    NOT_ELIGIBLE: "NOT_ELIGIBLE",
    PENDING_UPDATE: "PENDING_UPDATE",
};
const ActionType = {
    JVM_HEAP_SIZE_TUNING: "JVM_HEAP_SIZE_TUNING",
    JVM_YOUNG_GEN_TUNING: "JVM_YOUNG_GEN_TUNING",
    SERVICE_SOFTWARE_UPDATE: "SERVICE_SOFTWARE_UPDATE",
};
const NaturalLanguageQueryGenerationDesiredState = {
    Disabled: "DISABLED",
    Enabled: "ENABLED",
};
const NaturalLanguageQueryGenerationCurrentState = {
    DisableComplete: "DISABLE_COMPLETE",
    DisableFailed: "DISABLE_FAILED",
    DisableInProgress: "DISABLE_IN_PROGRESS",
    EnableComplete: "ENABLE_COMPLETE",
    EnableFailed: "ENABLE_FAILED",
    EnableInProgress: "ENABLE_IN_PROGRESS",
    NotEnabled: "NOT_ENABLED",
};
const DomainPackageStatus = {
    ACTIVE: "ACTIVE",
    ASSOCIATING: "ASSOCIATING",
    ASSOCIATION_FAILED: "ASSOCIATION_FAILED",
    DISSOCIATING: "DISSOCIATING",
    DISSOCIATION_FAILED: "DISSOCIATION_FAILED",
};
const PackageType = {
    PACKAGE_CONFIG: "PACKAGE-CONFIG",
    PACKAGE_LICENSE: "PACKAGE-LICENSE",
    TXT_DICTIONARY: "TXT-DICTIONARY",
    ZIP_PLUGIN: "ZIP-PLUGIN",
};
const DataSourceAttachmentStatus = {
    ATTACHED: "ATTACHED",
    FAILED: "FAILED",
    PENDING: "PENDING",
};
const AWSServicePrincipal = {
    application_opensearchservice_amazonaws_com: "application.opensearchservice.amazonaws.com",
};
const PrincipalType = {
    AWS_ACCOUNT: "AWS_ACCOUNT",
    AWS_SERVICE: "AWS_SERVICE",
};
const DeploymentStatus = {
    COMPLETED: "COMPLETED",
    ELIGIBLE: "ELIGIBLE",
    IN_PROGRESS: "IN_PROGRESS",
    NOT_ELIGIBLE: "NOT_ELIGIBLE",
    PENDING_UPDATE: "PENDING_UPDATE",
};
const AppConfigType = {
    OpensearchDashboardAdminGroups: "opensearchDashboards.dashboardAdmin.groups",
    OpensearchDashboardAdminUsers: "opensearchDashboards.dashboardAdmin.users",
};
const AutoTuneDesiredState = {
    DISABLED: "DISABLED",
    ENABLED: "ENABLED",
};
const TimeUnit = {
    HOURS: "HOURS",
};
const OpenSearchPartitionInstanceType = {
    c4_2xlarge_search: "c4.2xlarge.search",
    c4_4xlarge_search: "c4.4xlarge.search",
    c4_8xlarge_search: "c4.8xlarge.search",
    c4_large_search: "c4.large.search",
    c4_xlarge_search: "c4.xlarge.search",
    c5_18xlarge_search: "c5.18xlarge.search",
    c5_2xlarge_search: "c5.2xlarge.search",
    c5_4xlarge_search: "c5.4xlarge.search",
    c5_9xlarge_search: "c5.9xlarge.search",
    c5_large_search: "c5.large.search",
    c5_xlarge_search: "c5.xlarge.search",
    c6g_12xlarge_search: "c6g.12xlarge.search",
    c6g_2xlarge_search: "c6g.2xlarge.search",
    c6g_4xlarge_search: "c6g.4xlarge.search",
    c6g_8xlarge_search: "c6g.8xlarge.search",
    c6g_large_search: "c6g.large.search",
    c6g_xlarge_search: "c6g.xlarge.search",
    d2_2xlarge_search: "d2.2xlarge.search",
    d2_4xlarge_search: "d2.4xlarge.search",
    d2_8xlarge_search: "d2.8xlarge.search",
    d2_xlarge_search: "d2.xlarge.search",
    i2_2xlarge_search: "i2.2xlarge.search",
    i2_xlarge_search: "i2.xlarge.search",
    i3_16xlarge_search: "i3.16xlarge.search",
    i3_2xlarge_search: "i3.2xlarge.search",
    i3_4xlarge_search: "i3.4xlarge.search",
    i3_8xlarge_search: "i3.8xlarge.search",
    i3_large_search: "i3.large.search",
    i3_xlarge_search: "i3.xlarge.search",
    m3_2xlarge_search: "m3.2xlarge.search",
    m3_large_search: "m3.large.search",
    m3_medium_search: "m3.medium.search",
    m3_xlarge_search: "m3.xlarge.search",
    m4_10xlarge_search: "m4.10xlarge.search",
    m4_2xlarge_search: "m4.2xlarge.search",
    m4_4xlarge_search: "m4.4xlarge.search",
    m4_large_search: "m4.large.search",
    m4_xlarge_search: "m4.xlarge.search",
    m5_12xlarge_search: "m5.12xlarge.search",
    m5_24xlarge_search: "m5.24xlarge.search",
    m5_2xlarge_search: "m5.2xlarge.search",
    m5_4xlarge_search: "m5.4xlarge.search",
    m5_large_search: "m5.large.search",
    m5_xlarge_search: "m5.xlarge.search",
    m6g_12xlarge_search: "m6g.12xlarge.search",
    m6g_2xlarge_search: "m6g.2xlarge.search",
    m6g_4xlarge_search: "m6g.4xlarge.search",
    m6g_8xlarge_search: "m6g.8xlarge.search",
    m6g_large_search: "m6g.large.search",
    m6g_xlarge_search: "m6g.xlarge.search",
    or1_12xlarge_search: "or1.12xlarge.search",
    or1_16xlarge_search: "or1.16xlarge.search",
    or1_2xlarge_search: "or1.2xlarge.search",
    or1_4xlarge_search: "or1.4xlarge.search",
    or1_8xlarge_search: "or1.8xlarge.search",
    or1_large_search: "or1.large.search",
    or1_medium_search: "or1.medium.search",
    or1_xlarge_search: "or1.xlarge.search",
    r3_2xlarge_search: "r3.2xlarge.search",
    r3_4xlarge_search: "r3.4xlarge.search",
    r3_8xlarge_search: "r3.8xlarge.search",
    r3_large_search: "r3.large.search",
    r3_xlarge_search: "r3.xlarge.search",
    r4_16xlarge_search: "r4.16xlarge.search",
    r4_2xlarge_search: "r4.2xlarge.search",
    r4_4xlarge_search: "r4.4xlarge.search",
    r4_8xlarge_search: "r4.8xlarge.search",
    r4_large_search: "r4.large.search",
    r4_xlarge_search: "r4.xlarge.search",
    r5_12xlarge_search: "r5.12xlarge.search",
    r5_24xlarge_search: "r5.24xlarge.search",
    r5_2xlarge_search: "r5.2xlarge.search",
    r5_4xlarge_search: "r5.4xlarge.search",
    r5_large_search: "r5.large.search",
    r5_xlarge_search: "r5.xlarge.search",
    r6g_12xlarge_search: "r6g.12xlarge.search",
    r6g_2xlarge_search: "r6g.2xlarge.search",
    r6g_4xlarge_search: "r6g.4xlarge.search",
    r6g_8xlarge_search: "r6g.8xlarge.search",
    r6g_large_search: "r6g.large.search",
    r6g_xlarge_search: "r6g.xlarge.search",
    r6gd_12xlarge_search: "r6gd.12xlarge.search",
    r6gd_16xlarge_search: "r6gd.16xlarge.search",
    r6gd_2xlarge_search: "r6gd.2xlarge.search",
    r6gd_4xlarge_search: "r6gd.4xlarge.search",
    r6gd_8xlarge_search: "r6gd.8xlarge.search",
    r6gd_large_search: "r6gd.large.search",
    r6gd_xlarge_search: "r6gd.xlarge.search",
    t2_medium_search: "t2.medium.search",
    t2_micro_search: "t2.micro.search",
    t2_small_search: "t2.small.search",
    t3_2xlarge_search: "t3.2xlarge.search",
    t3_large_search: "t3.large.search",
    t3_medium_search: "t3.medium.search",
    t3_micro_search: "t3.micro.search",
    t3_nano_search: "t3.nano.search",
    t3_small_search: "t3.small.search",
    t3_xlarge_search: "t3.xlarge.search",
    t4g_medium_search: "t4g.medium.search",
    t4g_small_search: "t4g.small.search",
    ultrawarm1_large_search: "ultrawarm1.large.search",
    ultrawarm1_medium_search: "ultrawarm1.medium.search",
    ultrawarm1_xlarge_search: "ultrawarm1.xlarge.search",
};
const NodeOptionsNodeType = {
    COORDINATOR: "coordinator",
};
const OpenSearchWarmPartitionInstanceType = {
    ultrawarm1_large_search: "ultrawarm1.large.search",
    ultrawarm1_medium_search: "ultrawarm1.medium.search",
    ultrawarm1_xlarge_search: "ultrawarm1.xlarge.search",
};
const DeploymentStrategy = {
    CAPACITY_OPTIMIZED: "CapacityOptimized",
    DEFAULT: "Default",
};
const TLSSecurityPolicy = {
    POLICY_MIN_TLS_1_0_2019_07: "Policy-Min-TLS-1-0-2019-07",
    POLICY_MIN_TLS_1_2_2019_07: "Policy-Min-TLS-1-2-2019-07",
    POLICY_MIN_TLS_1_2_PFS_2023_10: "Policy-Min-TLS-1-2-PFS-2023-10",
    POLICY_MIN_TLS_1_2_RFC9151_FIPS_2024_08: "Policy-Min-TLS-1-2-RFC9151-FIPS-2024-08",
};
const VolumeType = {
    gp2: "gp2",
    gp3: "gp3",
    io1: "io1",
    standard: "standard",
};
const EngineMode = {
    GENERAL: "GENERAL",
    OPTIMIZED: "OPTIMIZED",
};
const RolesKeyIdCOption = {
    GroupId: "GroupId",
    GroupName: "GroupName",
};
const SubjectKeyIdCOption = {
    Email: "Email",
    UserId: "UserId",
    UserName: "UserName",
};
const IPAddressType = {
    DUALSTACK: "dualstack",
    IPV4: "ipv4",
};
const LogType = {
    AUDIT_LOGS: "AUDIT_LOGS",
    ES_APPLICATION_LOGS: "ES_APPLICATION_LOGS",
    INDEX_SLOW_LOGS: "INDEX_SLOW_LOGS",
    SEARCH_SLOW_LOGS: "SEARCH_SLOW_LOGS",
};
const DomainUseCase = {
    MIXED: "MIXED",
    OBSERVABILITY: "OBSERVABILITY",
    SEARCH: "SEARCH",
    VECTOR: "VECTOR",
};
const PauseState = {
    ACTIVE: "Active",
    COMPLETED: "Completed",
    DISABLED: "Disabled",
    SCHEDULED: "Scheduled",
};
const AutoTuneState = {
    DISABLED: "DISABLED",
    DISABLED_AND_ROLLBACK_COMPLETE: "DISABLED_AND_ROLLBACK_COMPLETE",
    DISABLED_AND_ROLLBACK_ERROR: "DISABLED_AND_ROLLBACK_ERROR",
    DISABLED_AND_ROLLBACK_IN_PROGRESS: "DISABLED_AND_ROLLBACK_IN_PROGRESS",
    DISABLED_AND_ROLLBACK_SCHEDULED: "DISABLED_AND_ROLLBACK_SCHEDULED",
    DISABLE_IN_PROGRESS: "DISABLE_IN_PROGRESS",
    ENABLED: "ENABLED",
    ENABLE_IN_PROGRESS: "ENABLE_IN_PROGRESS",
    ERROR: "ERROR",
};
const ConfigChangeStatus = {
    APPLYING_CHANGES: "ApplyingChanges",
    CANCELLED: "Cancelled",
    COMPLETED: "Completed",
    INITIALIZING: "Initializing",
    PENDING: "Pending",
    PENDING_USER_INPUT: "PendingUserInput",
    VALIDATING: "Validating",
    VALIDATION_FAILED: "ValidationFailed",
};
const InitiatedBy = {
    CUSTOMER: "CUSTOMER",
    SERVICE: "SERVICE",
};
const DomainProcessingStatusType = {
    ACTIVE: "Active",
    CREATING: "Creating",
    DELETING: "Deleting",
    ISOLATED: "Isolated",
    MODIFYING: "Modifying",
    UPDATING: "UpdatingServiceSoftware",
    UPGRADING: "UpgradingEngineVersion",
};
const PropertyValueType = {
    PLAIN_TEXT: "PLAIN_TEXT",
    STRINGIFIED_JSON: "STRINGIFIED_JSON",
};
const IndexStatus = {
    CREATED: "CREATED",
    DELETED: "DELETED",
    UPDATED: "UPDATED",
};
const SkipUnavailableStatus = {
    DISABLED: "DISABLED",
    ENABLED: "ENABLED",
};
const OutboundConnectionStatusCode = {
    ACTIVE: "ACTIVE",
    APPROVED: "APPROVED",
    DELETED: "DELETED",
    DELETING: "DELETING",
    PENDING_ACCEPTANCE: "PENDING_ACCEPTANCE",
    PROVISIONING: "PROVISIONING",
    REJECTED: "REJECTED",
    REJECTING: "REJECTING",
    VALIDATING: "VALIDATING",
    VALIDATION_FAILED: "VALIDATION_FAILED",
};
const RequirementLevel = {
    NONE: "NONE",
    OPTIONAL: "OPTIONAL",
    REQUIRED: "REQUIRED",
};
const PackageStatus = {
    AVAILABLE: "AVAILABLE",
    COPYING: "COPYING",
    COPY_FAILED: "COPY_FAILED",
    DELETED: "DELETED",
    DELETE_FAILED: "DELETE_FAILED",
    DELETING: "DELETING",
    VALIDATING: "VALIDATING",
    VALIDATION_FAILED: "VALIDATION_FAILED",
};
const VpcEndpointStatus = {
    ACTIVE: "ACTIVE",
    CREATE_FAILED: "CREATE_FAILED",
    CREATING: "CREATING",
    DELETE_FAILED: "DELETE_FAILED",
    DELETING: "DELETING",
    UPDATE_FAILED: "UPDATE_FAILED",
    UPDATING: "UPDATING",
};
const CapabilityStatus = {
    ACTIVE: "active",
    CREATE_FAILED: "create_failed",
    CREATING: "creating",
    DELETE_FAILED: "delete_failed",
    DELETING: "deleting",
    UPDATE_FAILED: "update_failed",
    UPDATING: "updating",
};
const ScheduledAutoTuneActionType = {
    JVM_HEAP_SIZE_TUNING: "JVM_HEAP_SIZE_TUNING",
    JVM_YOUNG_GEN_TUNING: "JVM_YOUNG_GEN_TUNING",
};
const ScheduledAutoTuneSeverityType = {
    HIGH: "HIGH",
    LOW: "LOW",
    MEDIUM: "MEDIUM",
};
const AutoTuneType = {
    SCHEDULED_ACTION: "SCHEDULED_ACTION",
};
const OverallChangeStatus = {
    COMPLETED: "COMPLETED",
    FAILED: "FAILED",
    PENDING: "PENDING",
    PROCESSING: "PROCESSING",
};
const RollbackOnDisable = {
    DEFAULT_ROLLBACK: "DEFAULT_ROLLBACK",
    NO_ROLLBACK: "NO_ROLLBACK",
};
const DomainHealth = {
    Green: "Green",
    NotAvailable: "NotAvailable",
    Red: "Red",
    Yellow: "Yellow",
};
const DomainState = {
    Active: "Active",
    NotAvailable: "NotAvailable",
    Processing: "Processing",
};
const ZoneStatus = {
    Active: "Active",
    NotAvailable: "NotAvailable",
    StandBy: "StandBy",
};
const MasterNodeStatus = {
    Available: "Available",
    UnAvailable: "UnAvailable",
};
const NodeStatus = {
    Active: "Active",
    NotAvailable: "NotAvailable",
    StandBy: "StandBy",
};
const NodeType = {
    Data: "Data",
    Master: "Master",
    Ultrawarm: "Ultrawarm",
    Warm: "Warm",
};
const InsightEntityType = {
    ACCOUNT: "Account",
    DOMAIN: "DomainName",
};
const InsightFieldType = {
    METRIC: "metric",
    TEXT: "text",
};
const DescribePackagesFilterName = {
    EngineVersion: "EngineVersion",
    PackageID: "PackageID",
    PackageName: "PackageName",
    PackageOwner: "PackageOwner",
    PackageStatus: "PackageStatus",
    PackageType: "PackageType",
};
const ReservedInstancePaymentOption = {
    ALL_UPFRONT: "ALL_UPFRONT",
    NO_UPFRONT: "NO_UPFRONT",
    PARTIAL_UPFRONT: "PARTIAL_UPFRONT",
};
const VpcEndpointErrorCode = {
    ENDPOINT_NOT_FOUND: "ENDPOINT_NOT_FOUND",
    SERVER_ERROR: "SERVER_ERROR",
};
const ApplicationStatus = {
    ACTIVE: "ACTIVE",
    CREATING: "CREATING",
    DELETING: "DELETING",
    FAILED: "FAILED",
    UPDATING: "UPDATING",
};
const CapabilityFailureReason = {
    KMS_KEY_INSUFFICIENT_PERMISSION: "KMS_KEY_INSUFFICIENT_PERMISSION",
};
const DataSourceStatus = {
    ACTIVE: "ACTIVE",
    DISABLED: "DISABLED",
};
const MaintenanceType = {
    REBOOT_NODE: "REBOOT_NODE",
    RESTART_DASHBOARD: "RESTART_DASHBOARD",
    RESTART_SEARCH_PROCESS: "RESTART_SEARCH_PROCESS",
};
const MaintenanceStatus = {
    COMPLETED: "COMPLETED",
    FAILED: "FAILED",
    IN_PROGRESS: "IN_PROGRESS",
    PENDING: "PENDING",
    TIMED_OUT: "TIMED_OUT",
};
const UpgradeStep = {
    PRE_UPGRADE_CHECK: "PRE_UPGRADE_CHECK",
    SNAPSHOT: "SNAPSHOT",
    UPGRADE: "UPGRADE",
};
const UpgradeStatus = {
    FAILED: "FAILED",
    IN_PROGRESS: "IN_PROGRESS",
    SUCCEEDED: "SUCCEEDED",
    SUCCEEDED_WITH_ISSUES: "SUCCEEDED_WITH_ISSUES",
};
const InsightFeedbackEntityType = {
    DOMAIN: "DomainName",
};
const InsightFeedbackThumbs = {
    DOWN: "Down",
    UP: "Up",
};
const InsightResponseStatus = {
    ERROR: "ERROR",
    SUCCESS: "SUCCESS",
};
const EngineType = {
    Elasticsearch: "Elasticsearch",
    OpenSearch: "OpenSearch",
};
const InsightSortOrder = {
    ASC: "ASC",
    DESC: "DESC",
};
const InsightPriorityLevel = {
    CRITICAL: "CRITICAL",
    HIGH: "HIGH",
    LOW: "LOW",
    MEDIUM: "MEDIUM",
};
const InsightStatus = {
    ACTIVE: "ACTIVE",
    DISMISSED: "DISMISSED",
    RESOLVED: "RESOLVED",
};
const InsightType = {
    EVENT: "EVENT",
    RECOMMENDATION: "RECOMMENDATION",
};
const ScheduledBy = {
    CUSTOMER: "CUSTOMER",
    SYSTEM: "SYSTEM",
};
const ScheduleAt = {
    NOW: "NOW",
    OFF_PEAK_WINDOW: "OFF_PEAK_WINDOW",
    TIMESTAMP: "TIMESTAMP",
};
const DryRunMode = {
    Basic: "Basic",
    Verbose: "Verbose",
};
const PackageScopeOperationEnum = {
    ADD: "ADD",
    OVERRIDE: "OVERRIDE",
    REMOVE: "REMOVE",
};

__webpack_unused_export__ = AIConfig$;
__webpack_unused_export__ = AIMLOptionsInput$;
__webpack_unused_export__ = AIMLOptionsOutput$;
__webpack_unused_export__ = AIMLOptionsStatus$;
__webpack_unused_export__ = AWSDomainInformation$;
__webpack_unused_export__ = AWSServicePrincipal;
__webpack_unused_export__ = AcceptInboundConnection$;
__webpack_unused_export__ = AcceptInboundConnectionCommand;
__webpack_unused_export__ = AcceptInboundConnectionRequest$;
__webpack_unused_export__ = AcceptInboundConnectionResponse$;
__webpack_unused_export__ = AccessDeniedException;
__webpack_unused_export__ = AccessDeniedException$;
__webpack_unused_export__ = AccessPoliciesStatus$;
__webpack_unused_export__ = ActionSeverity;
__webpack_unused_export__ = ActionStatus;
__webpack_unused_export__ = ActionType;
__webpack_unused_export__ = AddDataSource$;
__webpack_unused_export__ = AddDataSourceCommand;
__webpack_unused_export__ = AddDataSourceRequest$;
__webpack_unused_export__ = AddDataSourceResponse$;
__webpack_unused_export__ = AddDirectQueryDataSource$;
__webpack_unused_export__ = AddDirectQueryDataSourceCommand;
__webpack_unused_export__ = AddDirectQueryDataSourceRequest$;
__webpack_unused_export__ = AddDirectQueryDataSourceResponse$;
__webpack_unused_export__ = AddTags$;
__webpack_unused_export__ = AddTagsCommand;
__webpack_unused_export__ = AddTagsRequest$;
__webpack_unused_export__ = AdditionalLimit$;
__webpack_unused_export__ = AdvancedOptionsStatus$;
__webpack_unused_export__ = AdvancedSecurityOptions$;
__webpack_unused_export__ = AdvancedSecurityOptionsInput$;
__webpack_unused_export__ = AdvancedSecurityOptionsStatus$;
__webpack_unused_export__ = AppConfig$;
__webpack_unused_export__ = AppConfigType;
__webpack_unused_export__ = ApplicationStatus;
__webpack_unused_export__ = ApplicationSummary$;
__webpack_unused_export__ = AssociatePackage$;
__webpack_unused_export__ = AssociatePackageCommand;
__webpack_unused_export__ = AssociatePackageRequest$;
__webpack_unused_export__ = AssociatePackageResponse$;
__webpack_unused_export__ = AssociatePackages$;
__webpack_unused_export__ = AssociatePackagesCommand;
__webpack_unused_export__ = AssociatePackagesRequest$;
__webpack_unused_export__ = AssociatePackagesResponse$;
__webpack_unused_export__ = AttachDataSource$;
__webpack_unused_export__ = AttachDataSourceCommand;
__webpack_unused_export__ = AttachDataSourceRequest$;
__webpack_unused_export__ = AttachDataSourceResponse$;
__webpack_unused_export__ = AuthorizeVpcEndpointAccess$;
__webpack_unused_export__ = AuthorizeVpcEndpointAccessCommand;
__webpack_unused_export__ = AuthorizeVpcEndpointAccessRequest$;
__webpack_unused_export__ = AuthorizeVpcEndpointAccessResponse$;
__webpack_unused_export__ = AuthorizedPrincipal$;
__webpack_unused_export__ = AutoTune$;
__webpack_unused_export__ = AutoTuneDesiredState;
__webpack_unused_export__ = AutoTuneDetails$;
__webpack_unused_export__ = AutoTuneMaintenanceSchedule$;
__webpack_unused_export__ = AutoTuneOptions$;
__webpack_unused_export__ = AutoTuneOptionsInput$;
__webpack_unused_export__ = AutoTuneOptionsOutput$;
__webpack_unused_export__ = AutoTuneOptionsStatus$;
__webpack_unused_export__ = AutoTuneState;
__webpack_unused_export__ = AutoTuneStatus$;
__webpack_unused_export__ = AutoTuneType;
__webpack_unused_export__ = AutomatedSnapshotPauseOptions$;
__webpack_unused_export__ = AutomatedSnapshotPauseOptionsStatus$;
__webpack_unused_export__ = AutomatedSnapshotPauseRequestOptions$;
__webpack_unused_export__ = AvailabilityZoneInfo$;
__webpack_unused_export__ = BaseException;
__webpack_unused_export__ = BaseException$;
__webpack_unused_export__ = CancelDomainConfigChange$;
__webpack_unused_export__ = CancelDomainConfigChangeCommand;
__webpack_unused_export__ = CancelDomainConfigChangeRequest$;
__webpack_unused_export__ = CancelDomainConfigChangeResponse$;
__webpack_unused_export__ = CancelServiceSoftwareUpdate$;
__webpack_unused_export__ = CancelServiceSoftwareUpdateCommand;
__webpack_unused_export__ = CancelServiceSoftwareUpdateRequest$;
__webpack_unused_export__ = CancelServiceSoftwareUpdateResponse$;
__webpack_unused_export__ = CancelledChangeProperty$;
__webpack_unused_export__ = CapabilityBaseRequestConfig$;
__webpack_unused_export__ = CapabilityBaseResponseConfig$;
__webpack_unused_export__ = CapabilityExtendedResponseConfig$;
__webpack_unused_export__ = CapabilityFailure$;
__webpack_unused_export__ = CapabilityFailureReason;
__webpack_unused_export__ = CapabilityStatus;
__webpack_unused_export__ = ChangeProgressDetails$;
__webpack_unused_export__ = ChangeProgressStage$;
__webpack_unused_export__ = ChangeProgressStatusDetails$;
__webpack_unused_export__ = CloudWatchDirectQueryDataSource$;
__webpack_unused_export__ = ClusterConfig$;
__webpack_unused_export__ = ClusterConfigStatus$;
__webpack_unused_export__ = CognitoOptions$;
__webpack_unused_export__ = CognitoOptionsStatus$;
__webpack_unused_export__ = ColdStorageOptions$;
__webpack_unused_export__ = CompatibleVersionsMap$;
__webpack_unused_export__ = ConfigChangeStatus;
__webpack_unused_export__ = ConflictException;
__webpack_unused_export__ = ConflictException$;
__webpack_unused_export__ = ConnectionMode;
__webpack_unused_export__ = ConnectionProperties$;
__webpack_unused_export__ = CreateApplication$;
__webpack_unused_export__ = CreateApplicationCommand;
__webpack_unused_export__ = CreateApplicationRequest$;
__webpack_unused_export__ = CreateApplicationResponse$;
__webpack_unused_export__ = CreateDomain$;
__webpack_unused_export__ = CreateDomainCommand;
__webpack_unused_export__ = CreateDomainRequest$;
__webpack_unused_export__ = CreateDomainResponse$;
__webpack_unused_export__ = CreateIndex$;
__webpack_unused_export__ = CreateIndexCommand;
__webpack_unused_export__ = CreateIndexRequest$;
__webpack_unused_export__ = CreateIndexResponse$;
__webpack_unused_export__ = CreateOutboundConnection$;
__webpack_unused_export__ = CreateOutboundConnectionCommand;
__webpack_unused_export__ = CreateOutboundConnectionRequest$;
__webpack_unused_export__ = CreateOutboundConnectionResponse$;
__webpack_unused_export__ = CreatePackage$;
__webpack_unused_export__ = CreatePackageCommand;
__webpack_unused_export__ = CreatePackageRequest$;
__webpack_unused_export__ = CreatePackageResponse$;
__webpack_unused_export__ = CreateVpcEndpoint$;
__webpack_unused_export__ = CreateVpcEndpointCommand;
__webpack_unused_export__ = CreateVpcEndpointRequest$;
__webpack_unused_export__ = CreateVpcEndpointResponse$;
__webpack_unused_export__ = CrossClusterSearchConnectionProperties$;
__webpack_unused_export__ = DataSource$;
__webpack_unused_export__ = DataSourceAttachmentStatus;
__webpack_unused_export__ = DataSourceAttachmentSummary$;
__webpack_unused_export__ = DataSourceDetails$;
__webpack_unused_export__ = DataSourceStatus;
__webpack_unused_export__ = DataSourceType$;
__webpack_unused_export__ = DeleteApplication$;
__webpack_unused_export__ = DeleteApplicationCommand;
__webpack_unused_export__ = DeleteApplicationRequest$;
__webpack_unused_export__ = DeleteApplicationResponse$;
__webpack_unused_export__ = DeleteDataSource$;
__webpack_unused_export__ = DeleteDataSourceCommand;
__webpack_unused_export__ = DeleteDataSourceRequest$;
__webpack_unused_export__ = DeleteDataSourceResponse$;
__webpack_unused_export__ = DeleteDirectQueryDataSource$;
__webpack_unused_export__ = DeleteDirectQueryDataSourceCommand;
__webpack_unused_export__ = DeleteDirectQueryDataSourceRequest$;
__webpack_unused_export__ = DeleteDomain$;
__webpack_unused_export__ = DeleteDomainCommand;
__webpack_unused_export__ = DeleteDomainRequest$;
__webpack_unused_export__ = DeleteDomainResponse$;
__webpack_unused_export__ = DeleteInboundConnection$;
__webpack_unused_export__ = DeleteInboundConnectionCommand;
__webpack_unused_export__ = DeleteInboundConnectionRequest$;
__webpack_unused_export__ = DeleteInboundConnectionResponse$;
__webpack_unused_export__ = DeleteIndex$;
__webpack_unused_export__ = DeleteIndexCommand;
__webpack_unused_export__ = DeleteIndexRequest$;
__webpack_unused_export__ = DeleteIndexResponse$;
__webpack_unused_export__ = DeleteOutboundConnection$;
__webpack_unused_export__ = DeleteOutboundConnectionCommand;
__webpack_unused_export__ = DeleteOutboundConnectionRequest$;
__webpack_unused_export__ = DeleteOutboundConnectionResponse$;
__webpack_unused_export__ = DeletePackage$;
__webpack_unused_export__ = DeletePackageCommand;
__webpack_unused_export__ = DeletePackageRequest$;
__webpack_unused_export__ = DeletePackageResponse$;
__webpack_unused_export__ = DeleteVpcEndpoint$;
__webpack_unused_export__ = DeleteVpcEndpointCommand;
__webpack_unused_export__ = DeleteVpcEndpointRequest$;
__webpack_unused_export__ = DeleteVpcEndpointResponse$;
__webpack_unused_export__ = DependencyFailureException;
__webpack_unused_export__ = DependencyFailureException$;
__webpack_unused_export__ = DeploymentStatus;
__webpack_unused_export__ = DeploymentStrategy;
__webpack_unused_export__ = DeploymentStrategyOptions$;
__webpack_unused_export__ = DeploymentStrategyOptionsStatus$;
__webpack_unused_export__ = DeregisterCapability$;
__webpack_unused_export__ = DeregisterCapabilityCommand;
__webpack_unused_export__ = DeregisterCapabilityRequest$;
__webpack_unused_export__ = DeregisterCapabilityResponse$;
__webpack_unused_export__ = DescribeDataSourceAttachment$;
__webpack_unused_export__ = DescribeDataSourceAttachmentCommand;
__webpack_unused_export__ = DescribeDataSourceAttachmentRequest$;
__webpack_unused_export__ = DescribeDataSourceAttachmentResponse$;
__webpack_unused_export__ = DescribeDomain$;
__webpack_unused_export__ = DescribeDomainAutoTunes$;
__webpack_unused_export__ = DescribeDomainAutoTunesCommand;
__webpack_unused_export__ = DescribeDomainAutoTunesRequest$;
__webpack_unused_export__ = DescribeDomainAutoTunesResponse$;
__webpack_unused_export__ = DescribeDomainChangeProgress$;
__webpack_unused_export__ = DescribeDomainChangeProgressCommand;
__webpack_unused_export__ = DescribeDomainChangeProgressRequest$;
__webpack_unused_export__ = DescribeDomainChangeProgressResponse$;
__webpack_unused_export__ = DescribeDomainCommand;
__webpack_unused_export__ = DescribeDomainConfig$;
__webpack_unused_export__ = DescribeDomainConfigCommand;
__webpack_unused_export__ = DescribeDomainConfigRequest$;
__webpack_unused_export__ = DescribeDomainConfigResponse$;
__webpack_unused_export__ = DescribeDomainHealth$;
__webpack_unused_export__ = DescribeDomainHealthCommand;
__webpack_unused_export__ = DescribeDomainHealthRequest$;
__webpack_unused_export__ = DescribeDomainHealthResponse$;
__webpack_unused_export__ = DescribeDomainNodes$;
__webpack_unused_export__ = DescribeDomainNodesCommand;
__webpack_unused_export__ = DescribeDomainNodesRequest$;
__webpack_unused_export__ = DescribeDomainNodesResponse$;
__webpack_unused_export__ = DescribeDomainRequest$;
__webpack_unused_export__ = DescribeDomainResponse$;
__webpack_unused_export__ = DescribeDomains$;
exports.CVH = DescribeDomainsCommand;
__webpack_unused_export__ = DescribeDomainsRequest$;
__webpack_unused_export__ = DescribeDomainsResponse$;
__webpack_unused_export__ = DescribeDryRunProgress$;
__webpack_unused_export__ = DescribeDryRunProgressCommand;
__webpack_unused_export__ = DescribeDryRunProgressRequest$;
__webpack_unused_export__ = DescribeDryRunProgressResponse$;
__webpack_unused_export__ = DescribeInboundConnections$;
__webpack_unused_export__ = DescribeInboundConnectionsCommand;
__webpack_unused_export__ = DescribeInboundConnectionsRequest$;
__webpack_unused_export__ = DescribeInboundConnectionsResponse$;
__webpack_unused_export__ = DescribeInsightDetails$;
__webpack_unused_export__ = DescribeInsightDetailsCommand;
__webpack_unused_export__ = DescribeInsightDetailsRequest$;
__webpack_unused_export__ = DescribeInsightDetailsResponse$;
__webpack_unused_export__ = DescribeInstanceTypeLimits$;
__webpack_unused_export__ = DescribeInstanceTypeLimitsCommand;
__webpack_unused_export__ = DescribeInstanceTypeLimitsRequest$;
__webpack_unused_export__ = DescribeInstanceTypeLimitsResponse$;
__webpack_unused_export__ = DescribeOutboundConnections$;
__webpack_unused_export__ = DescribeOutboundConnectionsCommand;
__webpack_unused_export__ = DescribeOutboundConnectionsRequest$;
__webpack_unused_export__ = DescribeOutboundConnectionsResponse$;
__webpack_unused_export__ = DescribePackages$;
__webpack_unused_export__ = DescribePackagesCommand;
__webpack_unused_export__ = DescribePackagesFilter$;
__webpack_unused_export__ = DescribePackagesFilterName;
__webpack_unused_export__ = DescribePackagesRequest$;
__webpack_unused_export__ = DescribePackagesResponse$;
__webpack_unused_export__ = DescribeReservedInstanceOfferings$;
__webpack_unused_export__ = DescribeReservedInstanceOfferingsCommand;
__webpack_unused_export__ = DescribeReservedInstanceOfferingsRequest$;
__webpack_unused_export__ = DescribeReservedInstanceOfferingsResponse$;
__webpack_unused_export__ = DescribeReservedInstances$;
__webpack_unused_export__ = DescribeReservedInstancesCommand;
__webpack_unused_export__ = DescribeReservedInstancesRequest$;
__webpack_unused_export__ = DescribeReservedInstancesResponse$;
__webpack_unused_export__ = DescribeVpcEndpoints$;
__webpack_unused_export__ = DescribeVpcEndpointsCommand;
__webpack_unused_export__ = DescribeVpcEndpointsRequest$;
__webpack_unused_export__ = DescribeVpcEndpointsResponse$;
__webpack_unused_export__ = DetachDataSource$;
__webpack_unused_export__ = DetachDataSourceCommand;
__webpack_unused_export__ = DetachDataSourceRequest$;
__webpack_unused_export__ = DetachDataSourceResponse$;
__webpack_unused_export__ = DirectQueryDataSource$;
__webpack_unused_export__ = DirectQueryDataSourceType$;
__webpack_unused_export__ = DisabledOperationException;
__webpack_unused_export__ = DisabledOperationException$;
__webpack_unused_export__ = DissociatePackage$;
__webpack_unused_export__ = DissociatePackageCommand;
__webpack_unused_export__ = DissociatePackageRequest$;
__webpack_unused_export__ = DissociatePackageResponse$;
__webpack_unused_export__ = DissociatePackages$;
__webpack_unused_export__ = DissociatePackagesCommand;
__webpack_unused_export__ = DissociatePackagesRequest$;
__webpack_unused_export__ = DissociatePackagesResponse$;
__webpack_unused_export__ = DomainConfig$;
__webpack_unused_export__ = DomainEndpointOptions$;
__webpack_unused_export__ = DomainEndpointOptionsStatus$;
__webpack_unused_export__ = DomainHealth;
__webpack_unused_export__ = DomainInfo$;
__webpack_unused_export__ = DomainInformationContainer$;
__webpack_unused_export__ = DomainMaintenanceDetails$;
__webpack_unused_export__ = DomainNodesStatus$;
__webpack_unused_export__ = DomainPackageDetails$;
__webpack_unused_export__ = DomainPackageStatus;
__webpack_unused_export__ = DomainProcessingStatusType;
__webpack_unused_export__ = DomainState;
__webpack_unused_export__ = DomainStatus$;
__webpack_unused_export__ = DomainUseCase;
__webpack_unused_export__ = DryRunMode;
__webpack_unused_export__ = DryRunProgressStatus$;
__webpack_unused_export__ = DryRunResults$;
__webpack_unused_export__ = Duration$;
__webpack_unused_export__ = EBSOptions$;
__webpack_unused_export__ = EBSOptionsStatus$;
__webpack_unused_export__ = EncryptionAtRestOptions$;
__webpack_unused_export__ = EncryptionAtRestOptionsStatus$;
__webpack_unused_export__ = EngineMode;
__webpack_unused_export__ = EngineModeStatus$;
__webpack_unused_export__ = EngineType;
__webpack_unused_export__ = EnvironmentInfo$;
__webpack_unused_export__ = ErrorDetails$;
__webpack_unused_export__ = ExportOptions$;
__webpack_unused_export__ = Filter$;
__webpack_unused_export__ = GetApplication$;
__webpack_unused_export__ = GetApplicationCommand;
__webpack_unused_export__ = GetApplicationRequest$;
__webpack_unused_export__ = GetApplicationResponse$;
__webpack_unused_export__ = GetCapability$;
__webpack_unused_export__ = GetCapabilityCommand;
__webpack_unused_export__ = GetCapabilityRequest$;
__webpack_unused_export__ = GetCapabilityResponse$;
__webpack_unused_export__ = GetCompatibleVersions$;
__webpack_unused_export__ = GetCompatibleVersionsCommand;
__webpack_unused_export__ = GetCompatibleVersionsRequest$;
__webpack_unused_export__ = GetCompatibleVersionsResponse$;
__webpack_unused_export__ = GetDataSource$;
__webpack_unused_export__ = GetDataSourceCommand;
__webpack_unused_export__ = GetDataSourceRequest$;
__webpack_unused_export__ = GetDataSourceResponse$;
__webpack_unused_export__ = GetDefaultApplicationSetting$;
__webpack_unused_export__ = GetDefaultApplicationSettingCommand;
__webpack_unused_export__ = GetDefaultApplicationSettingRequest$;
__webpack_unused_export__ = GetDefaultApplicationSettingResponse$;
__webpack_unused_export__ = GetDirectQueryDataSource$;
__webpack_unused_export__ = GetDirectQueryDataSourceCommand;
__webpack_unused_export__ = GetDirectQueryDataSourceRequest$;
__webpack_unused_export__ = GetDirectQueryDataSourceResponse$;
__webpack_unused_export__ = GetDomainMaintenanceStatus$;
__webpack_unused_export__ = GetDomainMaintenanceStatusCommand;
__webpack_unused_export__ = GetDomainMaintenanceStatusRequest$;
__webpack_unused_export__ = GetDomainMaintenanceStatusResponse$;
__webpack_unused_export__ = GetIndex$;
__webpack_unused_export__ = GetIndexCommand;
__webpack_unused_export__ = GetIndexRequest$;
__webpack_unused_export__ = GetIndexResponse$;
__webpack_unused_export__ = GetMigration$;
__webpack_unused_export__ = GetMigrationCommand;
__webpack_unused_export__ = GetMigrationRequest$;
__webpack_unused_export__ = GetMigrationResponse$;
__webpack_unused_export__ = GetPackageVersionHistory$;
__webpack_unused_export__ = GetPackageVersionHistoryCommand;
__webpack_unused_export__ = GetPackageVersionHistoryRequest$;
__webpack_unused_export__ = GetPackageVersionHistoryResponse$;
__webpack_unused_export__ = GetUpgradeHistory$;
__webpack_unused_export__ = GetUpgradeHistoryCommand;
__webpack_unused_export__ = GetUpgradeHistoryRequest$;
__webpack_unused_export__ = GetUpgradeHistoryResponse$;
__webpack_unused_export__ = GetUpgradeStatus$;
__webpack_unused_export__ = GetUpgradeStatusCommand;
__webpack_unused_export__ = GetUpgradeStatusRequest$;
__webpack_unused_export__ = GetUpgradeStatusResponse$;
__webpack_unused_export__ = IAMFederationOptionsInput$;
__webpack_unused_export__ = IAMFederationOptionsOutput$;
__webpack_unused_export__ = IPAddressType;
__webpack_unused_export__ = IPAddressTypeStatus$;
__webpack_unused_export__ = IamIdentityCenterOptions$;
__webpack_unused_export__ = IamIdentityCenterOptionsInput$;
__webpack_unused_export__ = IdentityCenterOptions$;
__webpack_unused_export__ = IdentityCenterOptionsInput$;
__webpack_unused_export__ = IdentityCenterOptionsStatus$;
__webpack_unused_export__ = InboundConnection$;
__webpack_unused_export__ = InboundConnectionStatus$;
__webpack_unused_export__ = InboundConnectionStatusCode;
__webpack_unused_export__ = IndexStatus;
__webpack_unused_export__ = InitiatedBy;
__webpack_unused_export__ = Insight$;
__webpack_unused_export__ = InsightEntity$;
__webpack_unused_export__ = InsightEntityType;
__webpack_unused_export__ = InsightFeedback$;
__webpack_unused_export__ = InsightFeedbackCommand;
__webpack_unused_export__ = InsightFeedbackEntity$;
__webpack_unused_export__ = InsightFeedbackEntityType;
__webpack_unused_export__ = InsightFeedbackRequest$;
__webpack_unused_export__ = InsightFeedbackResponse$;
__webpack_unused_export__ = InsightFeedbackThumbs;
__webpack_unused_export__ = InsightField$;
__webpack_unused_export__ = InsightFieldType;
__webpack_unused_export__ = InsightPriorityLevel;
__webpack_unused_export__ = InsightResponseStatus;
__webpack_unused_export__ = InsightSortOrder;
__webpack_unused_export__ = InsightStatus;
__webpack_unused_export__ = InsightTimeRange$;
__webpack_unused_export__ = InsightType;
__webpack_unused_export__ = InstanceCountLimits$;
__webpack_unused_export__ = InstanceLimits$;
__webpack_unused_export__ = InstanceTypeDetails$;
__webpack_unused_export__ = InternalException;
__webpack_unused_export__ = InternalException$;
__webpack_unused_export__ = InvalidPaginationTokenException;
__webpack_unused_export__ = InvalidPaginationTokenException$;
__webpack_unused_export__ = InvalidTypeException;
__webpack_unused_export__ = InvalidTypeException$;
__webpack_unused_export__ = JWTOptionsInput$;
__webpack_unused_export__ = JWTOptionsOutput$;
__webpack_unused_export__ = KeyStoreAccessOption$;
__webpack_unused_export__ = LimitExceededException;
__webpack_unused_export__ = LimitExceededException$;
__webpack_unused_export__ = Limits$;
__webpack_unused_export__ = ListApplications$;
__webpack_unused_export__ = ListApplicationsCommand;
__webpack_unused_export__ = ListApplicationsRequest$;
__webpack_unused_export__ = ListApplicationsResponse$;
__webpack_unused_export__ = ListDataSourceAttachments$;
__webpack_unused_export__ = ListDataSourceAttachmentsCommand;
__webpack_unused_export__ = ListDataSourceAttachmentsRequest$;
__webpack_unused_export__ = ListDataSourceAttachmentsResponse$;
__webpack_unused_export__ = ListDataSources$;
__webpack_unused_export__ = ListDataSourcesCommand;
__webpack_unused_export__ = ListDataSourcesRequest$;
__webpack_unused_export__ = ListDataSourcesResponse$;
__webpack_unused_export__ = ListDirectQueryDataSources$;
__webpack_unused_export__ = ListDirectQueryDataSourcesCommand;
__webpack_unused_export__ = ListDirectQueryDataSourcesRequest$;
__webpack_unused_export__ = ListDirectQueryDataSourcesResponse$;
__webpack_unused_export__ = ListDomainMaintenances$;
__webpack_unused_export__ = ListDomainMaintenancesCommand;
__webpack_unused_export__ = ListDomainMaintenancesRequest$;
__webpack_unused_export__ = ListDomainMaintenancesResponse$;
__webpack_unused_export__ = ListDomainNames$;
exports.CW3 = ListDomainNamesCommand;
__webpack_unused_export__ = ListDomainNamesRequest$;
__webpack_unused_export__ = ListDomainNamesResponse$;
__webpack_unused_export__ = ListDomainsForPackage$;
__webpack_unused_export__ = ListDomainsForPackageCommand;
__webpack_unused_export__ = ListDomainsForPackageRequest$;
__webpack_unused_export__ = ListDomainsForPackageResponse$;
__webpack_unused_export__ = ListInsights$;
__webpack_unused_export__ = ListInsightsCommand;
__webpack_unused_export__ = ListInsightsRequest$;
__webpack_unused_export__ = ListInsightsResponse$;
__webpack_unused_export__ = ListInstanceTypeDetails$;
__webpack_unused_export__ = ListInstanceTypeDetailsCommand;
__webpack_unused_export__ = ListInstanceTypeDetailsRequest$;
__webpack_unused_export__ = ListInstanceTypeDetailsResponse$;
__webpack_unused_export__ = ListMigrations$;
__webpack_unused_export__ = ListMigrationsCommand;
__webpack_unused_export__ = ListMigrationsRequest$;
__webpack_unused_export__ = ListMigrationsResponse$;
__webpack_unused_export__ = ListPackagesForDomain$;
__webpack_unused_export__ = ListPackagesForDomainCommand;
__webpack_unused_export__ = ListPackagesForDomainRequest$;
__webpack_unused_export__ = ListPackagesForDomainResponse$;
__webpack_unused_export__ = ListScheduledActions$;
__webpack_unused_export__ = ListScheduledActionsCommand;
__webpack_unused_export__ = ListScheduledActionsRequest$;
__webpack_unused_export__ = ListScheduledActionsResponse$;
__webpack_unused_export__ = ListTags$;
exports.bvr = ListTagsCommand;
__webpack_unused_export__ = ListTagsRequest$;
__webpack_unused_export__ = ListTagsResponse$;
__webpack_unused_export__ = ListVersions$;
__webpack_unused_export__ = ListVersionsCommand;
__webpack_unused_export__ = ListVersionsRequest$;
__webpack_unused_export__ = ListVersionsResponse$;
__webpack_unused_export__ = ListVpcEndpointAccess$;
__webpack_unused_export__ = ListVpcEndpointAccessCommand;
__webpack_unused_export__ = ListVpcEndpointAccessRequest$;
__webpack_unused_export__ = ListVpcEndpointAccessResponse$;
__webpack_unused_export__ = ListVpcEndpoints$;
__webpack_unused_export__ = ListVpcEndpointsCommand;
__webpack_unused_export__ = ListVpcEndpointsForDomain$;
__webpack_unused_export__ = ListVpcEndpointsForDomainCommand;
__webpack_unused_export__ = ListVpcEndpointsForDomainRequest$;
__webpack_unused_export__ = ListVpcEndpointsForDomainResponse$;
__webpack_unused_export__ = ListVpcEndpointsRequest$;
__webpack_unused_export__ = ListVpcEndpointsResponse$;
__webpack_unused_export__ = LogPublishingOption$;
__webpack_unused_export__ = LogPublishingOptionsStatus$;
__webpack_unused_export__ = LogType;
__webpack_unused_export__ = MaintenanceStatus;
__webpack_unused_export__ = MaintenanceType;
__webpack_unused_export__ = MasterNodeStatus;
__webpack_unused_export__ = MasterUserOptions$;
__webpack_unused_export__ = MigrationError$;
__webpack_unused_export__ = MigrationOptions$;
__webpack_unused_export__ = MigrationSource$;
__webpack_unused_export__ = MigrationSummary$;
__webpack_unused_export__ = MigrationWorkspace$;
__webpack_unused_export__ = ModifyingProperties$;
__webpack_unused_export__ = NaturalLanguageQueryGenerationCurrentState;
__webpack_unused_export__ = NaturalLanguageQueryGenerationDesiredState;
__webpack_unused_export__ = NaturalLanguageQueryGenerationOptionsInput$;
__webpack_unused_export__ = NaturalLanguageQueryGenerationOptionsOutput$;
__webpack_unused_export__ = NodeConfig$;
__webpack_unused_export__ = NodeOption$;
__webpack_unused_export__ = NodeOptionsNodeType;
__webpack_unused_export__ = NodeStatus;
__webpack_unused_export__ = NodeToNodeEncryptionOptions$;
__webpack_unused_export__ = NodeToNodeEncryptionOptionsStatus$;
__webpack_unused_export__ = NodeType;
__webpack_unused_export__ = OffPeakWindow$;
__webpack_unused_export__ = OffPeakWindowOptions$;
__webpack_unused_export__ = OffPeakWindowOptionsStatus$;
__webpack_unused_export__ = OpenSearch;
exports.iBl = OpenSearchClient;
__webpack_unused_export__ = OpenSearchPartitionInstanceType;
__webpack_unused_export__ = OpenSearchServiceException;
__webpack_unused_export__ = OpenSearchServiceException$;
__webpack_unused_export__ = OpenSearchWarmPartitionInstanceType;
__webpack_unused_export__ = OptionState;
__webpack_unused_export__ = OptionStatus$;
__webpack_unused_export__ = OutboundConnection$;
__webpack_unused_export__ = OutboundConnectionStatus$;
__webpack_unused_export__ = OutboundConnectionStatusCode;
__webpack_unused_export__ = OverallChangeStatus;
__webpack_unused_export__ = PackageAssociationConfiguration$;
__webpack_unused_export__ = PackageConfiguration$;
__webpack_unused_export__ = PackageDetails$;
__webpack_unused_export__ = PackageDetailsForAssociation$;
__webpack_unused_export__ = PackageEncryptionOptions$;
__webpack_unused_export__ = PackageScopeOperationEnum;
__webpack_unused_export__ = PackageSource$;
__webpack_unused_export__ = PackageStatus;
__webpack_unused_export__ = PackageType;
__webpack_unused_export__ = PackageVendingOptions$;
__webpack_unused_export__ = PackageVersionHistory$;
__webpack_unused_export__ = PauseState;
__webpack_unused_export__ = PluginProperties$;
__webpack_unused_export__ = PrincipalType;
__webpack_unused_export__ = PrometheusDirectQueryDataSource$;
__webpack_unused_export__ = PropertyValueType;
__webpack_unused_export__ = PurchaseReservedInstanceOffering$;
__webpack_unused_export__ = PurchaseReservedInstanceOfferingCommand;
__webpack_unused_export__ = PurchaseReservedInstanceOfferingRequest$;
__webpack_unused_export__ = PurchaseReservedInstanceOfferingResponse$;
__webpack_unused_export__ = PutDefaultApplicationSetting$;
__webpack_unused_export__ = PutDefaultApplicationSettingCommand;
__webpack_unused_export__ = PutDefaultApplicationSettingRequest$;
__webpack_unused_export__ = PutDefaultApplicationSettingResponse$;
__webpack_unused_export__ = RecurringCharge$;
__webpack_unused_export__ = RegisterCapability$;
__webpack_unused_export__ = RegisterCapabilityCommand;
__webpack_unused_export__ = RegisterCapabilityRequest$;
__webpack_unused_export__ = RegisterCapabilityResponse$;
__webpack_unused_export__ = RejectInboundConnection$;
__webpack_unused_export__ = RejectInboundConnectionCommand;
__webpack_unused_export__ = RejectInboundConnectionRequest$;
__webpack_unused_export__ = RejectInboundConnectionResponse$;
__webpack_unused_export__ = RemoveTags$;
__webpack_unused_export__ = RemoveTagsCommand;
__webpack_unused_export__ = RemoveTagsRequest$;
__webpack_unused_export__ = RequirementLevel;
__webpack_unused_export__ = ReservedInstance$;
__webpack_unused_export__ = ReservedInstanceOffering$;
__webpack_unused_export__ = ReservedInstancePaymentOption;
__webpack_unused_export__ = ResourceAlreadyExistsException;
__webpack_unused_export__ = ResourceAlreadyExistsException$;
__webpack_unused_export__ = ResourceNotFoundException;
__webpack_unused_export__ = ResourceNotFoundException$;
__webpack_unused_export__ = RevokeVpcEndpointAccess$;
__webpack_unused_export__ = RevokeVpcEndpointAccessCommand;
__webpack_unused_export__ = RevokeVpcEndpointAccessRequest$;
__webpack_unused_export__ = RevokeVpcEndpointAccessResponse$;
__webpack_unused_export__ = RolesKeyIdCOption;
__webpack_unused_export__ = RollbackOnDisable;
__webpack_unused_export__ = RollbackServiceSoftwareOptions$;
__webpack_unused_export__ = RollbackServiceSoftwareUpdate$;
__webpack_unused_export__ = RollbackServiceSoftwareUpdateCommand;
__webpack_unused_export__ = RollbackServiceSoftwareUpdateRequest$;
__webpack_unused_export__ = RollbackServiceSoftwareUpdateResponse$;
__webpack_unused_export__ = S3GlueDataCatalog$;
__webpack_unused_export__ = S3VectorsEngine$;
__webpack_unused_export__ = SAMLIdp$;
__webpack_unused_export__ = SAMLOptionsInput$;
__webpack_unused_export__ = SAMLOptionsOutput$;
__webpack_unused_export__ = SavedObjectIdentifier$;
__webpack_unused_export__ = ScheduleAt;
__webpack_unused_export__ = ScheduledAction$;
__webpack_unused_export__ = ScheduledAutoTuneActionType;
__webpack_unused_export__ = ScheduledAutoTuneDetails$;
__webpack_unused_export__ = ScheduledAutoTuneSeverityType;
__webpack_unused_export__ = ScheduledBy;
__webpack_unused_export__ = SecurityLakeDirectQueryDataSource$;
__webpack_unused_export__ = ServerlessVectorAcceleration$;
__webpack_unused_export__ = ServiceOptions$;
__webpack_unused_export__ = ServiceQuotaExceededException;
__webpack_unused_export__ = ServiceQuotaExceededException$;
__webpack_unused_export__ = ServiceSoftwareOptions$;
__webpack_unused_export__ = SkipUnavailableStatus;
__webpack_unused_export__ = SlotNotAvailableException;
__webpack_unused_export__ = SlotNotAvailableException$;
__webpack_unused_export__ = SnapshotOptions$;
__webpack_unused_export__ = SnapshotOptionsStatus$;
__webpack_unused_export__ = SoftwareUpdateOptions$;
__webpack_unused_export__ = SoftwareUpdateOptionsStatus$;
__webpack_unused_export__ = StartDomainMaintenance$;
__webpack_unused_export__ = StartDomainMaintenanceCommand;
__webpack_unused_export__ = StartDomainMaintenanceRequest$;
__webpack_unused_export__ = StartDomainMaintenanceResponse$;
__webpack_unused_export__ = StartMigration$;
__webpack_unused_export__ = StartMigrationCommand;
__webpack_unused_export__ = StartMigrationRequest$;
__webpack_unused_export__ = StartMigrationResponse$;
__webpack_unused_export__ = StartServiceSoftwareUpdate$;
__webpack_unused_export__ = StartServiceSoftwareUpdateCommand;
__webpack_unused_export__ = StartServiceSoftwareUpdateRequest$;
__webpack_unused_export__ = StartServiceSoftwareUpdateResponse$;
__webpack_unused_export__ = StorageType$;
__webpack_unused_export__ = StorageTypeLimit$;
__webpack_unused_export__ = SubjectKeyIdCOption;
__webpack_unused_export__ = TLSSecurityPolicy;
__webpack_unused_export__ = Tag$;
__webpack_unused_export__ = ThrottlingException;
__webpack_unused_export__ = ThrottlingException$;
__webpack_unused_export__ = TimeUnit;
__webpack_unused_export__ = UpdateApplication$;
__webpack_unused_export__ = UpdateApplicationCommand;
__webpack_unused_export__ = UpdateApplicationRequest$;
__webpack_unused_export__ = UpdateApplicationResponse$;
__webpack_unused_export__ = UpdateDataSource$;
__webpack_unused_export__ = UpdateDataSourceCommand;
__webpack_unused_export__ = UpdateDataSourceRequest$;
__webpack_unused_export__ = UpdateDataSourceResponse$;
__webpack_unused_export__ = UpdateDirectQueryDataSource$;
__webpack_unused_export__ = UpdateDirectQueryDataSourceCommand;
__webpack_unused_export__ = UpdateDirectQueryDataSourceRequest$;
__webpack_unused_export__ = UpdateDirectQueryDataSourceResponse$;
__webpack_unused_export__ = UpdateDomainConfig$;
__webpack_unused_export__ = UpdateDomainConfigCommand;
__webpack_unused_export__ = UpdateDomainConfigRequest$;
__webpack_unused_export__ = UpdateDomainConfigResponse$;
__webpack_unused_export__ = UpdateIndex$;
__webpack_unused_export__ = UpdateIndexCommand;
__webpack_unused_export__ = UpdateIndexRequest$;
__webpack_unused_export__ = UpdateIndexResponse$;
__webpack_unused_export__ = UpdatePackage$;
__webpack_unused_export__ = UpdatePackageCommand;
__webpack_unused_export__ = UpdatePackageRequest$;
__webpack_unused_export__ = UpdatePackageResponse$;
__webpack_unused_export__ = UpdatePackageScope$;
__webpack_unused_export__ = UpdatePackageScopeCommand;
__webpack_unused_export__ = UpdatePackageScopeRequest$;
__webpack_unused_export__ = UpdatePackageScopeResponse$;
__webpack_unused_export__ = UpdateScheduledAction$;
__webpack_unused_export__ = UpdateScheduledActionCommand;
__webpack_unused_export__ = UpdateScheduledActionRequest$;
__webpack_unused_export__ = UpdateScheduledActionResponse$;
__webpack_unused_export__ = UpdateVpcEndpoint$;
__webpack_unused_export__ = UpdateVpcEndpointCommand;
__webpack_unused_export__ = UpdateVpcEndpointRequest$;
__webpack_unused_export__ = UpdateVpcEndpointResponse$;
__webpack_unused_export__ = UpgradeDomain$;
__webpack_unused_export__ = UpgradeDomainCommand;
__webpack_unused_export__ = UpgradeDomainRequest$;
__webpack_unused_export__ = UpgradeDomainResponse$;
__webpack_unused_export__ = UpgradeHistory$;
__webpack_unused_export__ = UpgradeStatus;
__webpack_unused_export__ = UpgradeStep;
__webpack_unused_export__ = UpgradeStepItem$;
__webpack_unused_export__ = UseCaseStatus$;
__webpack_unused_export__ = VPCDerivedInfo$;
__webpack_unused_export__ = VPCDerivedInfoStatus$;
__webpack_unused_export__ = VPCOptions$;
__webpack_unused_export__ = ValidationException;
__webpack_unused_export__ = ValidationException$;
__webpack_unused_export__ = ValidationFailure$;
__webpack_unused_export__ = VersionStatus$;
__webpack_unused_export__ = VolumeType;
__webpack_unused_export__ = VpcEndpoint$;
__webpack_unused_export__ = VpcEndpointError$;
__webpack_unused_export__ = VpcEndpointErrorCode;
__webpack_unused_export__ = VpcEndpointStatus;
__webpack_unused_export__ = VpcEndpointSummary$;
__webpack_unused_export__ = WindowStartTime$;
__webpack_unused_export__ = WorkspaceConfigurationInput$;
__webpack_unused_export__ = ZoneAwarenessConfig$;
__webpack_unused_export__ = ZoneStatus;
__webpack_unused_export__ = errorTypeRegistries;
__webpack_unused_export__ = paginateDescribeDomainAutoTunes;
__webpack_unused_export__ = paginateDescribeInboundConnections;
__webpack_unused_export__ = paginateDescribeOutboundConnections;
__webpack_unused_export__ = paginateDescribePackages;
__webpack_unused_export__ = paginateDescribeReservedInstanceOfferings;
__webpack_unused_export__ = paginateDescribeReservedInstances;
__webpack_unused_export__ = paginateGetPackageVersionHistory;
__webpack_unused_export__ = paginateGetUpgradeHistory;
__webpack_unused_export__ = paginateListApplications;
__webpack_unused_export__ = paginateListDomainMaintenances;
__webpack_unused_export__ = paginateListDomainsForPackage;
__webpack_unused_export__ = paginateListInstanceTypeDetails;
__webpack_unused_export__ = paginateListPackagesForDomain;
__webpack_unused_export__ = paginateListScheduledActions;
__webpack_unused_export__ = paginateListVersions;


/***/ })

};
