export const id = 819;
export const ids = [819];
export const modules = {

/***/ 66819:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

var __webpack_unused_export__;
const { awsEndpointFunctions, emitWarningIfUnsupportedVersion: emitWarningIfUnsupportedVersion$1, createDefaultUserAgentProvider, NODE_APP_ID_CONFIG_OPTIONS, getAwsRegionExtensionConfiguration, resolveAwsRegionExtensionConfiguration, resolveUserAgentConfig, resolveHostHeaderConfig, getUserAgentPlugin, getHostHeaderPlugin, getLoggerPlugin, getRecursionDetectionPlugin } = __webpack_require__(5152);
const { getHttpAuthSchemeEndpointRuleSetPlugin, DefaultIdentityProviderConfig, getHttpSigningPlugin, createPaginator } = __webpack_require__(90402);
const { normalizeProvider, getSmithyContext, ServiceException, NoOpLogger, emitWarningIfUnsupportedVersion, loadConfigsForDefaultMode, getDefaultExtensionConfiguration, resolveDefaultRuntimeConfig, Client, makeBuilder, createWaiter, checkExceptions, WaiterState, createAggregatedClient } = __webpack_require__(92658);
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

const defaultDatabaseMigrationServiceHttpAuthSchemeParametersProvider = async (config, context, input) => {
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
            name: "dms",
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
const defaultDatabaseMigrationServiceHttpAuthSchemeProvider = (authParameters) => {
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
        defaultSigningName: "dms",
    });
};
const commonParams = {
    UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
    Endpoint: { type: "builtInParams", name: "endpoint" },
    Region: { type: "builtInParams", name: "region" },
    UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" },
};

var version = "3.1123.0";
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
        [g, [j, "aws-us-gov"]],
        [g, [j, "aws-iso"]],
        [g, [j, "aws-iso-b"]]
    ],
    results: [
        [a],
        [a, "Invalid Configuration: FIPS and custom endpoint are not supported"],
        [a, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
        [h, k],
        ["https://dms-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", k],
        [a, "FIPS and DualStack are enabled, but this partition does not support one or both"],
        ["https://dms.{Region}.amazonaws.com", k],
        ["https://dms.{Region}.c2s.ic.gov", k],
        ["https://dms.{Region}.sc2s.sgov.gov", k],
        ["https://dms-fips.{Region}.{PartitionResult#dnsSuffix}", k],
        [a, "FIPS is enabled but this partition does not support FIPS"],
        ["https://dms.{Region}.{PartitionResult#dualStackDnsSuffix}", k],
        [a, "DualStack is enabled but this partition does not support DualStack"],
        ["https://dms.{Region}.{PartitionResult#dnsSuffix}", k],
        [a, "Invalid Configuration: Missing Region"]
    ]
};
const root = 2;
const r = 100_000_000;
const nodes = new Int32Array([
    -1, 1, -1,
    0, 15, 3,
    1, 4, r + 14,
    2, 5, r + 14,
    3, 8, 6,
    4, 7, r + 13,
    5, r + 11, r + 12,
    4, 13, 9,
    6, 10, r + 10,
    7, r + 6, 11,
    8, r + 7, 12,
    9, r + 8, r + 9,
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

class DatabaseMigrationServiceServiceException extends ServiceException {
    constructor(options) {
        super(options);
        Object.setPrototypeOf(this, DatabaseMigrationServiceServiceException.prototype);
    }
}

class AccessDeniedFault extends DatabaseMigrationServiceServiceException {
    name = "AccessDeniedFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "AccessDeniedFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, AccessDeniedFault.prototype);
    }
}
class InvalidResourceStateFault extends DatabaseMigrationServiceServiceException {
    name = "InvalidResourceStateFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "InvalidResourceStateFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidResourceStateFault.prototype);
    }
}
class ResourceNotFoundFault extends DatabaseMigrationServiceServiceException {
    name = "ResourceNotFoundFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "ResourceNotFoundFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ResourceNotFoundFault.prototype);
    }
}
class FailedDependencyFault extends DatabaseMigrationServiceServiceException {
    name = "FailedDependencyFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "FailedDependencyFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, FailedDependencyFault.prototype);
    }
}
class InvalidOperationFault extends DatabaseMigrationServiceServiceException {
    name = "InvalidOperationFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "InvalidOperationFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidOperationFault.prototype);
    }
}
class ResourceAlreadyExistsFault extends DatabaseMigrationServiceServiceException {
    name = "ResourceAlreadyExistsFault";
    $fault = "client";
    resourceArn;
    constructor(opts) {
        super({
            name: "ResourceAlreadyExistsFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ResourceAlreadyExistsFault.prototype);
        this.resourceArn = opts.resourceArn;
    }
}
class ResourceQuotaExceededFault extends DatabaseMigrationServiceServiceException {
    name = "ResourceQuotaExceededFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "ResourceQuotaExceededFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ResourceQuotaExceededFault.prototype);
    }
}
class KMSKeyNotAccessibleFault extends DatabaseMigrationServiceServiceException {
    name = "KMSKeyNotAccessibleFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "KMSKeyNotAccessibleFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, KMSKeyNotAccessibleFault.prototype);
    }
}
class S3AccessDeniedFault extends DatabaseMigrationServiceServiceException {
    name = "S3AccessDeniedFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "S3AccessDeniedFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, S3AccessDeniedFault.prototype);
    }
}
class KMSAccessDeniedFault extends DatabaseMigrationServiceServiceException {
    name = "KMSAccessDeniedFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "KMSAccessDeniedFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, KMSAccessDeniedFault.prototype);
    }
}
class KMSDisabledFault extends DatabaseMigrationServiceServiceException {
    name = "KMSDisabledFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "KMSDisabledFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, KMSDisabledFault.prototype);
    }
}
class KMSInvalidStateFault extends DatabaseMigrationServiceServiceException {
    name = "KMSInvalidStateFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "KMSInvalidStateFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, KMSInvalidStateFault.prototype);
    }
}
class KMSNotFoundFault extends DatabaseMigrationServiceServiceException {
    name = "KMSNotFoundFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "KMSNotFoundFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, KMSNotFoundFault.prototype);
    }
}
class KMSThrottlingFault extends DatabaseMigrationServiceServiceException {
    name = "KMSThrottlingFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "KMSThrottlingFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, KMSThrottlingFault.prototype);
    }
}
class SNSInvalidTopicFault extends DatabaseMigrationServiceServiceException {
    name = "SNSInvalidTopicFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "SNSInvalidTopicFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, SNSInvalidTopicFault.prototype);
    }
}
class SNSNoAuthorizationFault extends DatabaseMigrationServiceServiceException {
    name = "SNSNoAuthorizationFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "SNSNoAuthorizationFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, SNSNoAuthorizationFault.prototype);
    }
}
class S3ResourceNotFoundFault extends DatabaseMigrationServiceServiceException {
    name = "S3ResourceNotFoundFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "S3ResourceNotFoundFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, S3ResourceNotFoundFault.prototype);
    }
}
class InvalidSubnet extends DatabaseMigrationServiceServiceException {
    name = "InvalidSubnet";
    $fault = "client";
    constructor(opts) {
        super({
            name: "InvalidSubnet",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidSubnet.prototype);
    }
}
class ReplicationSubnetGroupDoesNotCoverEnoughAZs extends DatabaseMigrationServiceServiceException {
    name = "ReplicationSubnetGroupDoesNotCoverEnoughAZs";
    $fault = "client";
    constructor(opts) {
        super({
            name: "ReplicationSubnetGroupDoesNotCoverEnoughAZs",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ReplicationSubnetGroupDoesNotCoverEnoughAZs.prototype);
    }
}
class InsufficientResourceCapacityFault extends DatabaseMigrationServiceServiceException {
    name = "InsufficientResourceCapacityFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "InsufficientResourceCapacityFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InsufficientResourceCapacityFault.prototype);
    }
}
class StorageQuotaExceededFault extends DatabaseMigrationServiceServiceException {
    name = "StorageQuotaExceededFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "StorageQuotaExceededFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, StorageQuotaExceededFault.prototype);
    }
}
class CollectorNotFoundFault extends DatabaseMigrationServiceServiceException {
    name = "CollectorNotFoundFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "CollectorNotFoundFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, CollectorNotFoundFault.prototype);
    }
}
class InvalidCertificateFault extends DatabaseMigrationServiceServiceException {
    name = "InvalidCertificateFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "InvalidCertificateFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidCertificateFault.prototype);
    }
}
class UpgradeDependencyFailureFault extends DatabaseMigrationServiceServiceException {
    name = "UpgradeDependencyFailureFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "UpgradeDependencyFailureFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, UpgradeDependencyFailureFault.prototype);
    }
}
class SubnetAlreadyInUse extends DatabaseMigrationServiceServiceException {
    name = "SubnetAlreadyInUse";
    $fault = "client";
    constructor(opts) {
        super({
            name: "SubnetAlreadyInUse",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, SubnetAlreadyInUse.prototype);
    }
}
class KMSFault extends DatabaseMigrationServiceServiceException {
    name = "KMSFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "KMSFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, KMSFault.prototype);
    }
}

const _A = "Analysis";
const _AA = "ApplyAction";
const _AAAD = "AutoAppliedAfterDate";
const _AAD = "AccessAlternateDirectly";
const _AADc = "AcceptAnyDate";
const _AALDI = "AdditionalArchivedLogDestId";
const _ACN = "AddColumnName";
const _ACS = "AfterConnectScript";
const _AD = "AppliedDeletes";
const _ADF = "AccessDeniedFault";
const _ADp = "AppliedDdls";
const _AI = "ApplyImmediately";
const _AIp = "AppliedInserts";
const _ALDI = "ArchivedLogDestId";
const _ALO = "ArchivedLogsOnly";
const _AM = "AuthenticationMethod";
const _AMVU = "AutoMinorVersionUpgrade";
const _AMVUl = "AllowMajorVersionUpgrade";
const _AMu = "AuthMechanism";
const _AP = "AsmPassword";
const _APMA = "ApplyPendingMaintenanceAction";
const _APMAM = "ApplyPendingMaintenanceActionMessage";
const _APMAR = "ApplyPendingMaintenanceActionResponse";
const _APs = "AssessmentProgress";
const _APu = "AuthPassword";
const _AQ = "AccountQuota";
const _AQL = "AccountQuotaList";
const _AQN = "AccountQuotaName";
const _AQc = "AccountQuotas";
const _AR = "AssessmentResults";
const _ARF = "AssessmentResultsFile";
const _ARN = "AssessmentRunName";
const _ART = "AssessmentReportTypes";
const _AS = "AllocatedStorage";
const _ASL = "AddSupplementalLogging";
const _ASNT = "AllowSelectNestedTables";
const _ASs = "AsmServer";
const _ASss = "AssessmentStatus";
const _ASu = "AuthSource";
const _AT = "AuthType";
const _ATPC = "AddTrailingPaddingCharacter";
const _ATTR = "AddTagsToResource";
const _ATTRM = "AddTagsToResourceMessage";
const _ATTRR = "AddTagsToResourceResponse";
const _AU = "AvailableUpgrades";
const _AUD = "AutoUpgradeDate";
const _AUN = "AuthUserName";
const _AUp = "AppliedUpdates";
const _AUs = "AsmUser";
const _AZ = "AvailabilityZone";
const _AZv = "AvailabilityZones";
const _Ac = "Action";
const _Ap = "Applicability";
const _Ar = "Arn";
const _B = "Broker";
const _BDN = "BabelfishDatabaseName";
const _BF = "BucketFolder";
const _BN = "BucketName";
const _BPS = "BcpPacketSize";
const _BSR = "BatchStartRecommendations";
const _BSREE = "BatchStartRecommendationsErrorEntry";
const _BSREEL = "BatchStartRecommendationsErrorEntryList";
const _BSRR = "BatchStartRecommendationsRequest";
const _BSRRa = "BatchStartRecommendationsResponse";
const _C = "Code";
const _CA = "CertificateArn";
const _CAD = "CurrentApplyDate";
const _CAFO = "CannedAclForObjects";
const _CAI = "CustomerAwsId";
const _CC = "ComputeConfig";
const _CCD = "CertificateCreationDate";
const _CCo = "ConversionConfiguration";
const _CD = "CreatedDate";
const _CDCL = "CDCLatency";
const _CDCSP = "CDCStartPosition";
const _CDCST = "CDCStartTime";
const _CDCSTt = "CDCStopTime";
const _CDM = "CreateDataMigration";
const _CDMM = "CreateDataMigrationMessage";
const _CDMR = "CreateDataMigrationResponse";
const _CDP = "CreateDataProvider";
const _CDPM = "CreateDataProviderMessage";
const _CDPR = "CreateDataProviderResponse";
const _CDa = "CaptureDdls";
const _CDs = "CsvDelimiter";
const _CE = "CreateEndpoint";
const _CEM = "CreateEndpointMessage";
const _CER = "CreateEndpointResponse";
const _CES = "CreateEventSubscription";
const _CESM = "CreateEventSubscriptionMessage";
const _CESR = "CreateEventSubscriptionResponse";
const _CFAC = "CreateFleetAdvisorCollector";
const _CFACR = "CreateFleetAdvisorCollectorRequest";
const _CFACRr = "CreateFleetAdvisorCollectorResponse";
const _CHC = "CollectorHealthCheck";
const _CI = "CertificateIdentifier";
const _CIAU = "CdcInsertsAndUpdates";
const _CIO = "CdcInsertsOnly";
const _CIP = "CreateInstanceProfile";
const _CIPM = "CreateInstanceProfileMessage";
const _CIPR = "CreateInstanceProfileResponse";
const _CL = "CurrentLsn";
const _CLC = "CodeLineCount";
const _CLE = "CloudwatchLogsEnabled";
const _CLS = "CharLengthSemantics";
const _CLe = "CertificateList";
const _CLo = "CollectorsList";
const _CLon = "ConnectionList";
const _CMBI = "CdcMaxBatchInterval";
const _CMFS = "CdcMinFileSize";
const _CMMC = "CancelMetadataModelConversion";
const _CMMCM = "CancelMetadataModelConversionMessage";
const _CMMCMa = "CancelMetadataModelCreationMessage";
const _CMMCR = "CancelMetadataModelConversionResponse";
const _CMMCRa = "CancelMetadataModelCreationResponse";
const _CMMCa = "CancelMetadataModelCreation";
const _CMP = "CreateMigrationProject";
const _CMPM = "CreateMigrationProjectMessage";
const _CMPR = "CreateMigrationProjectResponse";
const _CN = "CollectorName";
const _CNFF = "CollectorNotFoundFault";
const _CNSV = "CsvNoSupValue";
const _CNV = "CsvNullValue";
const _CO = "CertificateOwner";
const _CP = "CertificatePem";
const _CPd = "CdcPath";
const _CR = "CollectorResponse";
const _CRC = "CreateReplicationConfig";
const _CRCM = "CreateReplicationConfigMessage";
const _CRCR = "CreateReplicationConfigResponse";
const _CRD = "CsvRowDelimiter";
const _CRI = "CollectorReferencedId";
const _CRIM = "CreateReplicationInstanceMessage";
const _CRIR = "CreateReplicationInstanceResponse";
const _CRIr = "CreateReplicationInstance";
const _CRSG = "CreateReplicationSubnetGroup";
const _CRSGM = "CreateReplicationSubnetGroupMessage";
const _CRSGR = "CreateReplicationSubnetGroupResponse";
const _CRT = "CreateReplicationTask";
const _CRTAR = "CancelReplicationTaskAssessmentRun";
const _CRTARM = "CancelReplicationTaskAssessmentRunMessage";
const _CRTARR = "CancelReplicationTaskAssessmentRunResponse";
const _CRTM = "CreateReplicationTaskMessage";
const _CRTR = "CreateReplicationTaskResponse";
const _CRo = "CollectorResponses";
const _CRs = "CsvReport";
const _CS = "CollectorStatus";
const _CSI = "CustSubscriptionId";
const _CSIR = "CollectorShortInfoResponse";
const _CSMOM = "CleanSourceMetadataOnMismatch";
const _CSN = "CaseSensitiveNames";
const _CSP = "CdcStartPosition";
const _CSPd = "CdcStopPosition";
const _CST = "CdcStartTime";
const _CSo = "CodeSize";
const _CT = "ConnectionTimeout";
const _CTFG = "ControlTablesFileGroup";
const _CTWZTUTC = "ConvertTimestampWithZoneToUTC";
const _CTo = "CompressionType";
const _CU = "CompUpdate";
const _CV = "CollectorVersion";
const _CW = "CertificateWallet";
const _Ca = "Cancelled";
const _Ce = "Certificate";
const _Cer = "Certificates";
const _Co = "Connection";
const _Col = "Collectors";
const _Com = "Complexity";
const _Con = "Connections";
const _D = "Data";
const _DAA = "DescribeAccountAttributes";
const _DAAM = "DescribeAccountAttributesMessage";
const _DAAR = "DescribeAccountAttributesResponse";
const _DAIA = "DescribeApplicableIndividualAssessments";
const _DAIAM = "DescribeApplicableIndividualAssessmentsMessage";
const _DAIAR = "DescribeApplicableIndividualAssessmentsResponse";
const _DAS = "DefaultAllocatedStorage";
const _DASd = "DdlArtifactsSchema";
const _DC = "DeleteCertificate";
const _DCC = "DescribeConversionConfiguration";
const _DCCM = "DescribeConversionConfigurationMessage";
const _DCCR = "DescribeConversionConfigurationResponse";
const _DCM = "DeleteCertificateMessage";
const _DCMe = "DeleteConnectionMessage";
const _DCMes = "DescribeCertificatesMessage";
const _DCMesc = "DescribeConnectionsMessage";
const _DCR = "DeleteCertificateResponse";
const _DCRe = "DeleteCollectorRequest";
const _DCRel = "DeleteConnectionResponse";
const _DCRes = "DescribeCertificatesResponse";
const _DCResc = "DescribeConnectionsResponse";
const _DCe = "DeleteConnection";
const _DCes = "DescribeCertificates";
const _DCesc = "DescribeConnections";
const _DD = "DeprecationDate";
const _DDDPS = "DocDbDataProviderSettings";
const _DDM = "DeleteDataMigration";
const _DDMM = "DeleteDataMigrationMessage";
const _DDMMe = "DescribeDataMigrationsMessage";
const _DDMR = "DeleteDataMigrationResponse";
const _DDMRe = "DescribeDataMigrationsResponse";
const _DDMe = "DescribeDataMigrations";
const _DDP = "DeleteDataProvider";
const _DDPM = "DeleteDataProviderMessage";
const _DDPMe = "DescribeDataProvidersMessage";
const _DDPR = "DeleteDataProviderResponse";
const _DDPRe = "DescribeDataProvidersResponse";
const _DDPe = "DescribeDataProviders";
const _DDS = "DynamoDbSettings";
const _DDSo = "DocDbSettings";
const _DE = "DatabaseEngine";
const _DEC = "DescribeEventCategories";
const _DECM = "DescribeEventCategoriesMessage";
const _DECR = "DescribeEventCategoriesResponse";
const _DED = "DefaultErrorDetails";
const _DEM = "DeleteEndpointMessage";
const _DEMe = "DescribeEndpointsMessage";
const _DEMes = "DescribeEventsMessage";
const _DEPA = "DescribeExtensionPackAssociations";
const _DEPAM = "DescribeExtensionPackAssociationsMessage";
const _DEPAR = "DescribeExtensionPackAssociationsResponse";
const _DER = "DeleteEndpointResponse";
const _DERe = "DescribeEndpointsResponse";
const _DERes = "DescribeEventsResponse";
const _DES = "DeleteEventSubscription";
const _DESM = "DeleteEventSubscriptionMessage";
const _DESMe = "DescribeEndpointSettingsMessage";
const _DESMes = "DescribeEventSubscriptionsMessage";
const _DESR = "DeleteEventSubscriptionResponse";
const _DESRe = "DescribeEndpointSettingsResponse";
const _DESRes = "DescribeEventSubscriptionsResponse";
const _DESe = "DescribeEndpointSettings";
const _DESes = "DescribeEventSubscriptions";
const _DET = "DescribeEndpointTypes";
const _DETM = "DescribeEndpointTypesMessage";
const _DETR = "DescribeEndpointTypesResponse";
const _DEV = "DescribeEngineVersions";
const _DEVM = "DescribeEngineVersionsMessage";
const _DEVR = "DescribeEngineVersionsResponse";
const _DEe = "DeleteEndpoint";
const _DEes = "DescribeEndpoints";
const _DEesc = "DescribeEvents";
const _DF = "DateFormat";
const _DFAC = "DeleteFleetAdvisorCollector";
const _DFACR = "DescribeFleetAdvisorCollectorsRequest";
const _DFACRe = "DescribeFleetAdvisorCollectorsResponse";
const _DFACe = "DescribeFleetAdvisorCollectors";
const _DFAD = "DeleteFleetAdvisorDatabases";
const _DFADR = "DeleteFleetAdvisorDatabasesRequest";
const _DFADRe = "DeleteFleetAdvisorDatabasesResponse";
const _DFADRes = "DescribeFleetAdvisorDatabasesRequest";
const _DFADResc = "DescribeFleetAdvisorDatabasesResponse";
const _DFADe = "DescribeFleetAdvisorDatabases";
const _DFALA = "DescribeFleetAdvisorLsaAnalysis";
const _DFALAR = "DescribeFleetAdvisorLsaAnalysisRequest";
const _DFALARe = "DescribeFleetAdvisorLsaAnalysisResponse";
const _DFAS = "DescribeFleetAdvisorSchemas";
const _DFASOS = "DescribeFleetAdvisorSchemaObjectSummary";
const _DFASOSR = "DescribeFleetAdvisorSchemaObjectSummaryRequest";
const _DFASOSRe = "DescribeFleetAdvisorSchemaObjectSummaryResponse";
const _DFASR = "DescribeFleetAdvisorSchemasRequest";
const _DFASRe = "DescribeFleetAdvisorSchemasResponse";
const _DFa = "DataFormat";
const _DI = "DatabaseId";
const _DIA = "DatabaseIpAddress";
const _DIP = "DeleteInstanceProfile";
const _DIPM = "DeleteInstanceProfileMessage";
const _DIPMe = "DescribeInstanceProfilesMessage";
const _DIPR = "DeleteInstanceProfileResponse";
const _DIPRe = "DescribeInstanceProfilesResponse";
const _DIPe = "DescribeInstanceProfiles";
const _DISDR = "DatabaseInstanceSoftwareDetailsResponse";
const _DIa = "DatabaseIds";
const _DIat = "DatabaseInstance";
const _DL = "DatabaseList";
const _DM = "DataMigration";
const _DMA = "DataMigrationArn";
const _DMCB = "DataMigrationCidrBlocks";
const _DMCT = "DataMigrationCreateTime";
const _DMET = "DataMigrationEndTime";
const _DMI = "DataMigrationIdentifier";
const _DMM = "DescribeMetadataModel";
const _DMMA = "DescribeMetadataModelAssessments";
const _DMMAM = "DescribeMetadataModelAssessmentsMessage";
const _DMMAR = "DescribeMetadataModelAssessmentsResponse";
const _DMMC = "DescribeMetadataModelChildren";
const _DMMCM = "DescribeMetadataModelChildrenMessage";
const _DMMCMe = "DescribeMetadataModelConversionsMessage";
const _DMMCMes = "DescribeMetadataModelCreationsMessage";
const _DMMCR = "DescribeMetadataModelChildrenResponse";
const _DMMCRe = "DescribeMetadataModelConversionsResponse";
const _DMMCRes = "DescribeMetadataModelCreationsResponse";
const _DMMCe = "DescribeMetadataModelConversions";
const _DMMCes = "DescribeMetadataModelCreations";
const _DMMEAS = "DescribeMetadataModelExportsAsScript";
const _DMMEASM = "DescribeMetadataModelExportsAsScriptMessage";
const _DMMEASR = "DescribeMetadataModelExportsAsScriptResponse";
const _DMMETT = "DescribeMetadataModelExportsToTarget";
const _DMMETTM = "DescribeMetadataModelExportsToTargetMessage";
const _DMMETTR = "DescribeMetadataModelExportsToTargetResponse";
const _DMMI = "DescribeMetadataModelImports";
const _DMMIM = "DescribeMetadataModelImportsMessage";
const _DMMIR = "DescribeMetadataModelImportsResponse";
const _DMMM = "DescribeMetadataModelMessage";
const _DMMR = "DescribeMetadataModelResponse";
const _DMN = "DataMigrationName";
const _DMP = "DeleteMigrationProject";
const _DMPM = "DeleteMigrationProjectMessage";
const _DMPMe = "DescribeMigrationProjectsMessage";
const _DMPR = "DeleteMigrationProjectResponse";
const _DMPRe = "DescribeMigrationProjectsResponse";
const _DMPe = "DescribeMigrationProjects";
const _DMS = "DataMigrationSettings";
const _DMST = "DataMigrationStartTime";
const _DMSa = "DataMigrationStatistics";
const _DMSat = "DataMigrationStatus";
const _DMT = "DataMigrationType";
const _DMa = "DataMigrations";
const _DMat = "DatabaseMode";
const _DN = "DatabaseName";
const _DNPDA = "DateNewProvisioningDataAvailable";
const _DNS = "DnsNameServers";
const _DO = "DeploymentOption";
const _DORI = "DescribeOrderableReplicationInstances";
const _DORIM = "DescribeOrderableReplicationInstancesMessage";
const _DORIR = "DescribeOrderableReplicationInstancesResponse";
const _DP = "DataProvider";
const _DPA = "DataProviderArn";
const _DPCT = "DataProviderCreationTime";
const _DPD = "DataProviderDescriptor";
const _DPDD = "DataProviderDescriptorDefinition";
const _DPDDL = "DataProviderDescriptorDefinitionList";
const _DPDL = "DataProviderDescriptorList";
const _DPDa = "DatePartitionDelimiter";
const _DPE = "DatePartitionEnabled";
const _DPI = "DataProviderIdentifier";
const _DPL = "DataProviderList";
const _DPMA = "DescribePendingMaintenanceActions";
const _DPMAM = "DescribePendingMaintenanceActionsMessage";
const _DPMAR = "DescribePendingMaintenanceActionsResponse";
const _DPN = "DataProviderName";
const _DPNL = "DirectPathNoLog";
const _DPPL = "DirectPathParallelLoad";
const _DPS = "DataPageSize";
const _DPSL = "DictPageSizeLimit";
const _DPSa = "DatePartitionSequence";
const _DPSat = "DataProviderSettings";
const _DPT = "DatePartitionTimezone";
const _DPa = "DataProviders";
const _DPat = "DateProvisioned";
const _DR = "DatabaseResponse";
const _DRC = "DeleteReplicationConfig";
const _DRCM = "DeleteReplicationConfigMessage";
const _DRCMe = "DescribeReplicationConfigsMessage";
const _DRCR = "DeleteReplicationConfigResponse";
const _DRCRe = "DescribeReplicationConfigsResponse";
const _DRCe = "DescribeReplicationConfigs";
const _DRI = "DeleteReplicationInstance";
const _DRIM = "DeleteReplicationInstanceMessage";
const _DRIMe = "DescribeReplicationInstancesMessage";
const _DRIR = "DeleteReplicationInstanceResponse";
const _DRIRe = "DescribeReplicationInstancesResponse";
const _DRITL = "DescribeReplicationInstanceTaskLogs";
const _DRITLM = "DescribeReplicationInstanceTaskLogsMessage";
const _DRITLR = "DescribeReplicationInstanceTaskLogsResponse";
const _DRIe = "DescribeReplicationInstances";
const _DRL = "DescribeRecommendationLimitations";
const _DRLR = "DescribeRecommendationLimitationsRequest";
const _DRLRe = "DescribeRecommendationLimitationsResponse";
const _DRM = "DescribeReplicationsMessage";
const _DRR = "DescribeRecommendationsRequest";
const _DRRe = "DescribeRecommendationsResponse";
const _DRRes = "DescribeReplicationsResponse";
const _DRSG = "DeleteReplicationSubnetGroup";
const _DRSGM = "DeleteReplicationSubnetGroupMessage";
const _DRSGMe = "DescribeReplicationSubnetGroupsMessage";
const _DRSGR = "DeleteReplicationSubnetGroupResponse";
const _DRSGRe = "DescribeReplicationSubnetGroupsResponse";
const _DRSGe = "DescribeReplicationSubnetGroups";
const _DRSS = "DescribeRefreshSchemasStatus";
const _DRSSM = "DescribeRefreshSchemasStatusMessage";
const _DRSSR = "DescribeRefreshSchemasStatusResponse";
const _DRT = "DeleteReplicationTask";
const _DRTAR = "DeleteReplicationTaskAssessmentRun";
const _DRTARM = "DeleteReplicationTaskAssessmentRunMessage";
const _DRTARMe = "DescribeReplicationTaskAssessmentResultsMessage";
const _DRTARMes = "DescribeReplicationTaskAssessmentRunsMessage";
const _DRTARR = "DeleteReplicationTaskAssessmentRunResponse";
const _DRTARRe = "DescribeReplicationTaskAssessmentResultsResponse";
const _DRTARRes = "DescribeReplicationTaskAssessmentRunsResponse";
const _DRTARe = "DescribeReplicationTaskAssessmentResults";
const _DRTARes = "DescribeReplicationTaskAssessmentRuns";
const _DRTIA = "DescribeReplicationTaskIndividualAssessments";
const _DRTIAM = "DescribeReplicationTaskIndividualAssessmentsMessage";
const _DRTIAR = "DescribeReplicationTaskIndividualAssessmentsResponse";
const _DRTM = "DeleteReplicationTaskMessage";
const _DRTMe = "DescribeReplicationTasksMessage";
const _DRTR = "DeleteReplicationTaskResponse";
const _DRTRe = "DescribeReplicationTasksResponse";
const _DRTS = "DescribeReplicationTableStatistics";
const _DRTSM = "DescribeReplicationTableStatisticsMessage";
const _DRTSR = "DescribeReplicationTableStatisticsResponse";
const _DRTe = "DescribeReplicationTasks";
const _DRe = "DescribeRecommendations";
const _DRes = "DescribeReplications";
const _DS = "DescribeSchemas";
const _DSIR = "DatabaseShortInfoResponse";
const _DSM = "DescribeSchemasMessage";
const _DSR = "DescribeSchemasResponse";
const _DTI = "DocsToInvestigate";
const _DTS = "DmsTransferSettings";
const _DTSM = "DescribeTableStatisticsMessage";
const _DTSR = "DescribeTableStatisticsResponse";
const _DTSe = "DescribeTableStatistics";
const _DUSF = "DisableUnicodeSourceFilter";
const _DV = "DefaultValue";
const _Da = "Databases";
const _Dat = "Date";
const _Dd = "Ddls";
const _De = "Description";
const _Def = "Definition";
const _Del = "Deletes";
const _Du = "Duration";
const _E = "Engine";
const _EA = "EndpointArn";
const _EALDI = "ExtraArchivedLogDestIds";
const _EAN = "EmptyAsNull";
const _EAn = "EncryptionAlgorithm";
const _EBO = "ExpectedBucketOwner";
const _EC = "EventCategories";
const _ECA = "ExtraConnectionAttributes";
const _ECG = "EventCategoryGroup";
const _ECGL = "EventCategoryGroupList";
const _ECL = "EnableCloudwatchLogs";
const _ECLv = "EventCategoriesList";
const _ECv = "EventCategory";
const _ED = "ErrorDetails";
const _EDI = "ExtractDocId";
const _EDN = "EngineDisplayName";
const _EE = "ErrorEntries";
const _EEn = "EngineEdition";
const _EHT = "EnableHomogenousTablespace";
const _EI = "EndpointIdentifier";
const _EIx = "ExternalId";
const _EIxp = "ExplicitIds";
const _EL = "EndpointList";
const _ELv = "EventList";
const _EM = "EncryptionMode";
const _EMMA = "ExportMetadataModelAssessment";
const _EMMAM = "ExportMetadataModelAssessmentMessage";
const _EMMAR = "ExportMetadataModelAssessmentResponse";
const _EMMARE = "ExportMetadataModelAssessmentResultEntry";
const _EMSW = "EnableMagneticStoreWrites";
const _EN = "EngineName";
const _EP = "EncryptPassword";
const _EPI = "EventsPollInterval";
const _ERD = "ErrorRetryDuration";
const _ES = "ElasticsearchSettings";
const _ESD = "ExportSqlDetails";
const _ESL = "EventSubscriptionsList";
const _ESLn = "EndpointSettingsList";
const _ESn = "EndpointSettings";
const _ESna = "EnableStatistics";
const _ESnd = "EndpointSetting";
const _ESv = "EventSubscription";
const _ESx = "ExactSettings";
const _ET = "EndpointType";
const _ETD = "ExternalTableDefinition";
const _ETM = "ElapsedTimeMillis";
const _ETn = "EndTime";
const _ETnc = "EncodingType";
const _ETx = "ExecuteTimeout";
const _EU = "EndpointUri";
const _EV = "EngineVersion";
const _EVL = "EngineVersionList";
const _EVn = "EngineVersions";
const _EVnu = "EnumValues";
const _En = "Endpoint";
const _Ena = "Enabled";
const _End = "Endpoints";
const _Er = "Error";
const _Ev = "Events";
const _Eve = "Event";
const _Ex = "Exclude";
const _F = "Filters";
const _FAD = "ForcedApplyDate";
const _FALAR = "FleetAdvisorLsaAnalysisResponse";
const _FALARL = "FleetAdvisorLsaAnalysisResponseList";
const _FAS = "FleetAdvisorSchemas";
const _FASL = "FleetAdvisorSchemaList";
const _FASO = "FleetAdvisorSchemaObjects";
const _FASOL = "FleetAdvisorSchemaObjectList";
const _FASOR = "FleetAdvisorSchemaObjectResponse";
const _FDF = "FailedDependencyFault";
const _FF = "ForceFailover";
const _FL = "FilterList";
const _FLCCFR = "FullLoadCondtnlChkFailedRows";
const _FLEP = "FullLoadErrorPercentage";
const _FLER = "FullLoadErrorRows";
const _FLET = "FullLoadEndTime";
const _FLFD = "FullLoadFinishDate";
const _FLL = "ForceLobLookup";
const _FLP = "FullLoadPercentage";
const _FLPP = "FullLoadProgressPercent";
const _FLR = "FullLoadRows";
const _FLRu = "FullLoadReloaded";
const _FLSD = "FullLoadStartDate";
const _FLST = "FullLoadStartTime";
const _FM = "FailureMessages";
const _FMo = "ForceMove";
const _FN = "FileName";
const _FOAF = "FailOnAssessmentFailure";
const _FPF = "ForcePlannedFailover";
const _FSD = "FreshStartDate";
const _FTOLT = "FailTasksOnLobTruncation";
const _FTUS = "FileTransferUploadStreams";
const _FU = "FreeUntil";
const _FUD = "ForceUpgradeDate";
const _FVL = "FilterValueList";
const _Fa = "Failed";
const _Fi = "Filter";
const _GCG = "GlueCatalogGeneration";
const _GMSQLS = "GcpMySQLSettings";
const _GTSR = "GetTargetSelectionRules";
const _GTSRM = "GetTargetSelectionRulesMessage";
const _GTSRR = "GetTargetSelectionRulesResponse";
const _HE = "HeartbeatEnable";
const _HF = "HeartbeatFrequency";
const _HS = "HeartbeatSchema";
const _I = "Impact";
const _IA = "IpAddress";
const _IAC = "IndividualAssessmentCount";
const _IACC = "IndividualAssessmentCompletedCount";
const _IAE = "IamAuthEnabled";
const _IAN = "IndividualAssessmentNames";
const _IANn = "IndividualAssessmentName";
const _IAS = "IncludedAllocatedStorage";
const _IBMDS = "IBMDb2Settings";
const _IC = "ImportCertificate";
const _ICD = "IncludeControlDetails";
const _ICF = "InvalidCertificateFault";
const _ICM = "ImportCertificateMessage";
const _ICR = "ImportCertificateResponse";
const _ICT = "InstanceCreateTime";
const _ID = "InventoryData";
const _IDLDPS = "IbmDb2LuwDataProviderSettings";
const _IDLS = "IbmDb2LuwSettings";
const _IDODPS = "IbmDb2zOsDataProviderSettings";
const _IDOS = "IbmDb2zOsSettings";
const _IHR = "IgnoreHeaderRows";
const _ILTAR = "IsLatestTaskAssessmentRun";
const _IM = "InstanceMemory";
const _INAE = "IncludeNullAndEmpty";
const _INPA = "IsNewProvisioningAvailable";
const _IO = "IncludeOnly";
const _IOF = "InvalidOperationFault";
const _IOFFL = "IncludeOpForFullLoad";
const _IP = "InstanceProfile";
const _IPA = "InstanceProfileArn";
const _IPCT = "InstanceProfileCreationTime";
const _IPI = "InstanceProfileIdentifier";
const _IPL = "InstanceProfileList";
const _IPN = "InstanceProfileName";
const _IPV = "IncludePartitionValue";
const _IPn = "InstanceProfiles";
const _IRCF = "InsufficientResourceCapacityFault";
const _IRO = "IsReadOnly";
const _IRSF = "InvalidResourceStateFault";
const _IS = "InvalidSubnet";
const _IST = "InstanceSizingType";
const _IT = "InstanceType";
const _ITAO = "IncludeTableAlterOperations";
const _ITD = "IncludeTransactionDetails";
const _IV = "InstanceVcpu";
const _IVM = "IntValueMin";
const _IVMn = "IntValueMax";
const _In = "Inserts";
const _K = "Key";
const _KAS = "KerberosAuthenticationSettings";
const _KCF = "KeepCsvFiles";
const _KCSI = "KeyCacheSecretId";
const _KCSIA = "KeyCacheSecretIamArn";
const _KFC = "Krb5FileContents";
const _KKA = "KmsKeyArn";
const _KKI = "KmsKeyId";
const _KL = "KeyLength";
const _KMSADF = "KMSAccessDeniedFault";
const _KMSDF = "KMSDisabledFault";
const _KMSF = "KMSFault";
const _KMSISF = "KMSInvalidStateFault";
const _KMSKNAF = "KMSKeyNotAccessibleFault";
const _KMSNFF = "KMSNotFoundFault";
const _KMSTF = "KMSThrottlingFault";
const _KS = "KinesisSettings";
const _KSa = "KafkaSettings";
const _L = "Limitations";
const _LAI = "LsaAnalysisId";
const _LCSA = "LocalCollectorS3Access";
const _LD = "LaunchDate";
const _LDR = "LastDataReceived";
const _LFM = "LastFailureMessage";
const _LL = "LimitationList";
const _LRD = "LastRefreshDate";
const _LS = "LakehouseSettings";
const _LT = "LoadTimeout";
const _LTFR = "ListTagsForResource";
const _LTFRM = "ListTagsForResourceMessage";
const _LTFRR = "ListTagsForResourceResponse";
const _LUT = "LastUpdateTime";
const _Li = "Lifecycle";
const _Lim = "Limitation";
const _M = "Max";
const _MAS = "MinAllocatedStorage";
const _MASa = "MaxAllocatedStorage";
const _MAZ = "MultiAZ";
const _MBAB = "MapBooleanAsBoolean";
const _MCC = "ModifyConversionConfiguration";
const _MCCM = "ModifyConversionConfigurationMessage";
const _MCCR = "ModifyConversionConfigurationResponse";
const _MCU = "MaxCapacityUnits";
const _MCUi = "MinCapacityUnits";
const _MD = "ModifiedDate";
const _MDDPS = "MariaDbDataProviderSettings";
const _MDDPSo = "MongoDbDataProviderSettings";
const _MDM = "ModifyDataMigration";
const _MDMM = "ModifyDataMigrationMessage";
const _MDMR = "ModifyDataMigrationResponse";
const _MDP = "ModifyDataProvider";
const _MDPM = "ModifyDataProviderMessage";
const _MDPR = "ModifyDataProviderResponse";
const _MDS = "MongoDbSettings";
const _MDSa = "MariaDbSettings";
const _MDa = "MagneticDuration";
const _MDe = "MemoryDuration";
const _ME = "ModifyEndpoint";
const _MEM = "ModifyEndpointMessage";
const _MER = "ModifyEndpointResponse";
const _MES = "ModifyEventSubscription";
const _MESM = "ModifyEventSubscriptionMessage";
const _MESR = "ModifyEventSubscriptionResponse";
const _MF = "MessageFormat";
const _MFS = "MaxFileSize";
const _MIP = "ModifyInstanceProfile";
const _MIPM = "ModifyInstanceProfileMessage";
const _MIPR = "ModifyInstanceProfileResponse";
const _MJAC = "MapJsonbAsClob";
const _MKBPR = "MaxKBytesPerRead";
const _MLVA = "MapLongVarcharAs";
const _MMB = "MessageMaxBytes";
const _MMC = "MetadataModelChildren";
const _MMN = "MetadataModelName";
const _MMP = "MetadataModelProperties";
const _MMPM = "ModifyMigrationProjectMessage";
const _MMPR = "ModifyMigrationProjectResponse";
const _MMPo = "ModifyMigrationProject";
const _MMR = "MetadataModelReference";
const _MMRL = "MetadataModelReferenceList";
const _MMT = "MetadataModelType";
const _MP = "MigrationProject";
const _MPA = "MigrationProjectArn";
const _MPCT = "MigrationProjectCreationTime";
const _MPI = "MigrationProjectIdentifier";
const _MPL = "MigrationProjectList";
const _MPN = "MigrationProjectName";
const _MPi = "MigrationProjects";
const _MR = "MaxRecords";
const _MRC = "MaxRetryCount";
const _MRCM = "ModifyReplicationConfigMessage";
const _MRCR = "ModifyReplicationConfigResponse";
const _MRCo = "ModifyReplicationConfig";
const _MRI = "ModifyReplicationInstance";
const _MRIM = "ModifyReplicationInstanceMessage";
const _MRIR = "ModifyReplicationInstanceResponse";
const _MRSG = "ModifyReplicationSubnetGroup";
const _MRSGM = "ModifyReplicationSubnetGroupMessage";
const _MRSGR = "ModifyReplicationSubnetGroupResponse";
const _MRT = "ModifyReplicationTask";
const _MRTM = "ModifyReplicationTaskMessage";
const _MRTMo = "MoveReplicationTaskMessage";
const _MRTR = "ModifyReplicationTaskResponse";
const _MRTRo = "MoveReplicationTaskResponse";
const _MRTo = "MoveReplicationTask";
const _MSDPS = "MySqlDataProviderSettings";
const _MSQLS = "MySQLSettings";
const _MSQLSS = "MicrosoftSQLServerSettings";
const _MSS = "MySqlSettings";
const _MSSDPS = "MicrosoftSqlServerDataProviderSettings";
const _MSSS = "MicrosoftSqlServerSettings";
const _MT = "MigrationType";
const _Ma = "Marker";
const _Me = "Message";
const _N = "Name";
const _NDS = "NumberDatatypeScale";
const _NHP = "NoHexPrefix";
const _NL = "NestingLevel";
const _NOD = "NumberOfDatabases";
const _NOJ = "NumberOfJobs";
const _NOO = "NumberOfObjects";
const _NOS = "NumberOfSchemas";
const _NS = "NeptuneSettings";
const _NT = "NetworkType";
const _NTe = "NextToken";
const _O = "Origin";
const _OA = "OsArchitecture";
const _ODPS = "OracleDataProviderSettings";
const _OEP = "OverwriteExtensionPack";
const _OIS = "OptInStatus";
const _OIT = "OptInType";
const _OPP = "OraclePathPrefix";
const _ORI = "OrderableReplicationInstances";
const _ORIL = "OrderableReplicationInstanceList";
const _ORIr = "OrderableReplicationInstance";
const _OS = "OracleSettings";
const _OSr = "OriginalSchema";
const _OT = "ObjectType";
const _OTW = "OpenTransactionWindow";
const _OURL = "ObjectURL";
const _P = "Password";
const _PA = "PubliclyAccessible";
const _PARA = "PremigrationAssessmentRunArn";
const _PARCD = "PremigrationAssessmentRunCreationDate";
const _PART = "ParallelAsmReadThreads";
const _PAS = "PremigrationAssessmentStatus";
const _PASL = "PremigrationAssessmentStatusList";
const _PASr = "PremigrationAssessmentStatuses";
const _PASre = "PremigrationAssessmentSettings";
const _PCU = "ProvisionedCapacityUnits";
const _PD = "ProvisionData";
const _PIA = "PublicIpAddresses";
const _PIAL = "PublicIpAddressList";
const _PIST = "PartitionIncludeSchemaTable";
const _PLT = "ParallelLoadThreads";
const _PMA = "PendingMaintenanceActions";
const _PMAD = "PendingMaintenanceActionDetails";
const _PMAe = "PendingMaintenanceAction";
const _PMV = "PendingModifiedValues";
const _PMW = "PreferredMaintenanceWindow";
const _PN = "PluginName";
const _PO = "ProcessedObject";
const _PP = "ProgressPercent";
const _PR = "PdfReport";
const _PS = "ProgressStep";
const _PSDPS = "PostgreSqlDataProviderSettings";
const _PSQLS = "PostgreSQLSettings";
const _PSS = "PostgreSqlSettings";
const _PSr = "ProvisionState";
const _PT = "PreserveTransactions";
const _PTIM = "ParquetTimestampInMillisecond";
const _PV = "ParquetVersion";
const _Pa = "Passed";
const _Po = "Port";
const _Pr = "Progress";
const _Pre = "Preferred";
const _Pro = "Properties";
const _QSAON = "QuerySingleAlwaysOnNode";
const _R = "Request";
const _RA = "ResourceArn";
const _RAB = "ReadAheadBlocks";
const _RAEF = "ResourceAlreadyExistsFault";
const _RAL = "ResourceArnList";
const _RBO = "ReadBackupOnly";
const _RC = "ReplicationConfig";
const _RCA = "ReplicationConfigArn";
const _RCCT = "ReplicationConfigCreateTime";
const _RCI = "ReplicationConfigIdentifier";
const _RCL = "ReplicationConfigList";
const _RCT = "ReplicationCreateTime";
const _RCUT = "ReplicationConfigUpdateTime";
const _RCd = "RdsConfiguration";
const _RCe = "ReplicationConfigs";
const _RCec = "RecoveryCheckpoint";
const _RCep = "ReplaceChars";
const _RD = "RegisteredDate";
const _RDPS = "RedshiftDataProviderSettings";
const _RDT = "ReplicationDeprovisionTime";
const _RDe = "RecommendationData";
const _RE = "RdsEngine";
const _REM = "ResultEncryptionMode";
const _RFALA = "RunFleetAdvisorLsaAnalysis";
const _RFALAR = "RunFleetAdvisorLsaAnalysisResponse";
const _RFNPD = "ReasonForNewProvisioningData";
const _RGL = "RowGroupLength";
const _RI = "RequestIdentifier";
const _RIA = "ReplicationInstanceArn";
const _RIC = "ReplicationInstanceClass";
const _RICe = "ReplaceInvalidChars";
const _RIEMV = "ReplicationInstanceEngineMinimumVersion";
const _RII = "ReplicationInstanceIdentifier";
const _RIIA = "ReplicationInstanceIpv6Addresses";
const _RIL = "ReplicationInstanceList";
const _RIPIA = "ReplicationInstancePublicIpAddress";
const _RIPIAe = "ReplicationInstancePrivateIpAddress";
const _RIPIAep = "ReplicationInstancePublicIpAddresses";
const _RIPIAepl = "ReplicationInstancePrivateIpAddresses";
const _RIS = "ReplicationInstanceStatus";
const _RITL = "ReplicationInstanceTaskLogs";
const _RITLL = "ReplicationInstanceTaskLogsList";
const _RITLS = "ReplicationInstanceTaskLogSize";
const _RITLe = "ReplicationInstanceTaskLog";
const _RIe = "ResourceIdentifier";
const _RIep = "ReplicationInstance";
const _RIepl = "ReplicationInstances";
const _RIet = "RetryInterval";
const _RKKA = "ResultKmsKeyArn";
const _RL = "RecommendationList";
const _RLB = "ResultLocationBucket";
const _RLF = "ResultLocationFolder";
const _RLST = "ReplicationLastStopTime";
const _RLe = "ReplicationList";
const _RNFF = "ResourceNotFoundFault";
const _RO = "ReloadOption";
const _RP = "ResyncProgress";
const _RPMA = "ResourcePendingMaintenanceActions";
const _RPMV = "ReplicationPendingModifiedValues";
const _RPP = "ReplacePathPrefix";
const _RQ = "RemoveQuotes";
const _RQEF = "ResourceQuotaExceededFault";
const _RR = "RdsRecommendation";
const _RRA = "ResyncRowsAttempted";
const _RRF = "ResyncRowsFailed";
const _RRI = "RebootReplicationInstance";
const _RRIM = "RebootReplicationInstanceMessage";
const _RRIR = "RebootReplicationInstanceResponse";
const _RRS = "ResyncRowsSucceeded";
const _RRT = "ReloadReplicationTables";
const _RRTM = "ReloadReplicationTablesMessage";
const _RRTR = "ReloadReplicationTablesResponse";
const _RRd = "RdsRequirements";
const _RS = "RedshiftSettings";
const _RSC = "ReplicateShardCollections";
const _RSG = "ReplicationSubnetGroup";
const _RSGD = "ReplicationSubnetGroupDescription";
const _RSGDNCEAZ = "ReplicationSubnetGroupDoesNotCoverEnoughAZs";
const _RSGI = "ReplicationSubnetGroupId";
const _RSGIe = "ReplicationSubnetGroupIdentifier";
const _RSGe = "ReplicationSubnetGroups";
const _RSM = "RefreshSchemasMessage";
const _RSR = "RefreshSchemasResponse";
const _RSS = "RefreshSchemasStatus";
const _RSe = "RedisSettings";
const _RSec = "RecommendationSettings";
const _RSef = "RefreshSchemas";
const _RSel = "ReleaseStatus";
const _RSep = "ReplicationSettings";
const _RSepl = "ReplicationStats";
const _RSes = "ResultStatistic";
const _RSesy = "ResyncState";
const _RT = "ReplicationType";
const _RTA = "ReplicationTaskArn";
const _RTAR = "ReplicationTaskAssessmentRun";
const _RTARA = "ReplicationTaskAssessmentRunArn";
const _RTARCD = "ReplicationTaskAssessmentRunCreationDate";
const _RTARL = "ReplicationTaskAssessmentResultList";
const _RTARLe = "ReplicationTaskAssessmentRunList";
const _RTARP = "ReplicationTaskAssessmentRunProgress";
const _RTARRS = "ReplicationTaskAssessmentRunResultStatistic";
const _RTARe = "ReplicationTaskAssessmentResults";
const _RTARep = "ReplicationTaskAssessmentRuns";
const _RTARepl = "ReplicationTaskAssessmentResult";
const _RTCD = "ReplicationTaskCreationDate";
const _RTFR = "RemoveTagsFromResource";
const _RTFRM = "RemoveTagsFromResourceMessage";
const _RTFRR = "RemoveTagsFromResourceResponse";
const _RTI = "ReplicationTaskIdentifier";
const _RTIA = "ReplicationTaskIndividualAssessments";
const _RTIAA = "ReplicationTaskIndividualAssessmentArn";
const _RTIAL = "ReplicationTaskIndividualAssessmentList";
const _RTIASD = "ReplicationTaskIndividualAssessmentStartDate";
const _RTIAe = "ReplicationTaskIndividualAssessment";
const _RTL = "ReplicationTaskList";
const _RTLAD = "ReplicationTaskLastAssessmentDate";
const _RTM = "ReloadTablesMessage";
const _RTN = "ReplicationTaskName";
const _RTR = "ReloadTablesResponse";
const _RTS = "ReplicationTaskSettings";
const _RTSD = "ReplicationTaskStartDate";
const _RTSL = "ReplicationTableStatisticsList";
const _RTSN = "ReadTableSpaceName";
const _RTSe = "ReplicationTableStatistics";
const _RTSep = "ReplicationTaskStats";
const _RTT = "RequirementsToTarget";
const _RTe = "ReplicationTask";
const _RTel = "ReloadTables";
const _RTep = "ReplicationTasks";
const _RUT = "ReplicationUpdateTime";
const _Re = "Requests";
const _Rec = "Recommendations";
const _Reco = "Recommendation";
const _Ref = "Refresh";
const _Rep = "Replications";
const _Repl = "Replication";
const _Res = "Result";
const _Rf = "Rfc4180";
const _S = "Status";
const _SA = "SigningAlgorithm";
const _SADF = "S3AccessDeniedFault";
const _SADPS = "SybaseAseDataProviderSettings";
const _SAIU = "SubnetAlreadyInUse";
const _SARA = "ServiceAccessRoleArn";
const _SARAc = "S3AccessRoleArn";
const _SAS = "SybaseAseSettings";
const _SAZ = "SecondaryAvailabilityZone";
const _SAZu = "SubnetAvailabilityZone";
const _SAt = "StreamArn";
const _SBF = "S3BucketFolder";
const _SBN = "S3BucketName";
const _SBP = "S3BucketPath";
const _SBRA = "S3BucketRoleArn";
const _SCAA = "SchemaConversionApplicationAttributes";
const _SCAAp = "SCApplicationAttributes";
const _SCCA = "SslClientCertificateArn";
const _SCCAs = "SslCaCertificateArn";
const _SCDC = "SupportsCDC";
const _SCKA = "SslClientKeyArn";
const _SCKP = "SslClientKeyPassword";
const _SCR = "SchemaConversionRequest";
const _SCRL = "SchemaConversionRequestList";
const _SCT = "SubscriptionCreationTime";
const _SD = "SoftwareDetails";
const _SDCC = "SetDataCaptureChanges";
const _SDE = "SecurityDbEncryption";
const _SDEN = "SecurityDbEncryptionName";
const _SDM = "StartDataMigration";
const _SDMM = "StartDataMigrationMessage";
const _SDMMt = "StopDataMigrationMessage";
const _SDMR = "StartDataMigrationResponse";
const _SDMRt = "StopDataMigrationResponse";
const _SDMt = "StopDataMigration";
const _SDOTGJFN = "SpatialDataOptionToGeoJsonFunctionName";
const _SDPD = "SourceDataProviderDescriptors";
const _SDS = "SourceDataSettings";
const _SDSo = "SourceDataSetting";
const _SDT = "StandbyDelayTime";
const _SDt = "StartDate";
const _SDto = "StopDate";
const _SEA = "SourceEndpointArn";
const _SEIA = "SslEndpointIdentificationAlgorithm";
const _SEN = "SourceEngineName";
const _SEPA = "StartExtensionPackAssociation";
const _SEPAM = "StartExtensionPackAssociationMessage";
const _SEPAR = "StartExtensionPackAssociationResponse";
const _SET = "SupportedEndpointTypes";
const _SETL = "SupportedEndpointTypeList";
const _SETu = "SupportedEndpointType";
const _SGI = "SubnetGroupIdentifier";
const _SGS = "SubnetGroupStatus";
const _SI = "SourceIds";
const _SIL = "SourceIdsList";
const _SILu = "SubnetIdentifierList";
const _SIc = "SchemaId";
const _SIe = "ServerId";
const _SIo = "SourceIdentifier";
const _SIou = "SourceId";
const _SIt = "StorageIops";
const _SIu = "SubnetIds";
const _SIub = "SubnetIdentifier";
const _SL = "SupportLevel";
const _SLu = "SubnetList";
const _SM = "SslMode";
const _SMARA = "SecretsManagerAccessRoleArn";
const _SMMA = "StartMetadataModelAssessment";
const _SMMAM = "StartMetadataModelAssessmentMessage";
const _SMMAR = "StartMetadataModelAssessmentResponse";
const _SMMC = "StartMetadataModelConversion";
const _SMMCM = "StartMetadataModelConversionMessage";
const _SMMCMt = "StartMetadataModelCreationMessage";
const _SMMCR = "StartMetadataModelConversionResponse";
const _SMMCRt = "StartMetadataModelCreationResponse";
const _SMMCt = "StartMetadataModelCreation";
const _SMMEAS = "StartMetadataModelExportAsScript";
const _SMMEASM = "StartMetadataModelExportAsScriptMessage";
const _SMMEASR = "StartMetadataModelExportAsScriptResponse";
const _SMMETT = "StartMetadataModelExportToTarget";
const _SMMETTM = "StartMetadataModelExportToTargetMessage";
const _SMMETTR = "StartMetadataModelExportToTargetResponse";
const _SMMI = "StartMetadataModelImport";
const _SMMIM = "StartMetadataModelImportMessage";
const _SMMIR = "StartMetadataModelImportResponse";
const _SMOAARA = "SecretsManagerOracleAsmAccessRoleArn";
const _SMOASI = "SecretsManagerOracleAsmSecretId";
const _SMSDEARA = "SecretsManagerSecurityDbEncryptionAccessRoleArn";
const _SMSDESI = "SecretsManagerSecurityDbEncryptionSecretId";
const _SMSI = "SecretsManagerSecretId";
const _SMa = "SaslMechanism";
const _SMe = "SecurityMechanism";
const _SN = "ServerName";
const _SNSITF = "SNSInvalidTopicFault";
const _SNSNAF = "SNSNoAuthorizationFault";
const _SNT = "SupportedNetworkTypes";
const _SNc = "SchemaName";
const _SNl = "SlotName";
const _SNu = "SubscriptionName";
const _SOK = "S3ObjectKey";
const _SOU = "S3ObjectUrl";
const _SP = "ServicePack";
const _SPa = "S3Path";
const _SPaf = "SafeguardPolicy";
const _SPas = "SaslPassword";
const _SPe = "SecurityProtocol";
const _SPt = "StatementProperties";
const _SQEF = "StorageQuotaExceededFault";
const _SR = "SelectionRules";
const _SRM = "StartReplicationMessage";
const _SRMt = "StopReplicationMessage";
const _SRNFF = "S3ResourceNotFoundFault";
const _SRR = "StartRecommendationsRequest";
const _SRRE = "StartRecommendationsRequestEntry";
const _SRREL = "StartRecommendationsRequestEntryList";
const _SRRt = "StartReplicationResponse";
const _SRRto = "StopReplicationResponse";
const _SRT = "StartReplicationType";
const _SRTA = "StartReplicationTaskAssessment";
const _SRTAM = "StartReplicationTaskAssessmentMessage";
const _SRTAR = "StartReplicationTaskAssessmentResponse";
const _SRTARM = "StartReplicationTaskAssessmentRunMessage";
const _SRTARR = "StartReplicationTaskAssessmentRunResponse";
const _SRTARt = "StartReplicationTaskAssessmentRun";
const _SRTM = "StartReplicationTaskMessage";
const _SRTMt = "StopReplicationTaskMessage";
const _SRTR = "StartReplicationTaskResponse";
const _SRTRt = "StopReplicationTaskResponse";
const _SRTT = "StartReplicationTaskType";
const _SRTt = "StartReplicationTask";
const _SRTto = "StopReplicationTask";
const _SRc = "SchemaResponse";
const _SRt = "StopReason";
const _SRta = "StartRecommendations";
const _SRtar = "StartReplication";
const _SRto = "StopReplication";
const _SS = "SecretString";
const _SSEKKI = "ServerSideEncryptionKmsKeyId";
const _SSIR = "SchemaShortInfoResponse";
const _SSIRe = "ServerShortInfoResponse";
const _SSP = "SslSecurityProtocol";
const _SSe = "S3Settings";
const _SSt = "StorageSize";
const _SSu = "SupplementalSettings";
const _SSub = "SubnetStatus";
const _SSy = "SybaseSettings";
const _ST = "SourceType";
const _STA = "SnsTopicArn";
const _STe = "ServerTimezone";
const _STt = "StartTime";
const _STta = "StartType";
const _STto = "StopTime";
const _STtor = "StorageType";
const _SU = "SaslUsername";
const _Sc = "Schemas";
const _Se = "Settings";
const _Sen = "Sensitive";
const _Ser = "Server";
const _Si = "Similarity";
const _Sk = "Skipped";
const _Su = "Subnets";
const _Sub = "Subnet";
const _T = "Tags";
const _TAM = "TlogAccessMode";
const _TB = "TrimBlanks";
const _TC = "TargetConfiguration";
const _TCM = "TestConnectionMessage";
const _TCN = "TimestampColumnName";
const _TCR = "TestConnectionResponse";
const _TCe = "TestConnection";
const _TCr = "TruncateColumns";
const _TD = "TaskData";
const _TDPD = "TargetDataProviderDescriptors";
const _TDS = "TargetDataSettings";
const _TDSa = "TargetDataSetting";
const _TDT = "TargetDbType";
const _TE = "TablesErrored";
const _TEA = "TargetEndpointArn";
const _TEN = "TargetEngineName";
const _TF = "TimeFormat";
const _TK = "TagKeys";
const _TL = "TablesLoaded";
const _TLTR = "TableListToReload";
const _TLa = "TablesLoading";
const _TLag = "TagList";
const _TM = "TableMappings";
const _TMM = "TargetMetadataModels";
const _TN = "TableName";
const _TO = "TotalObjects";
const _TPM = "TablePreparationMode";
const _TQ = "TablesQueued";
const _TR = "TransformationRules";
const _TRIA = "TargetReplicationInstanceArn";
const _TS = "TimestreamSettings";
const _TSIC = "TrimSpaceInChar";
const _TSL = "TableStatisticsList";
const _TSR = "TargetSelectionRules";
const _TSa = "TableStatistics";
const _TSab = "TableState";
const _TTR = "TablesToReload";
const _TTRa = "TableToReload";
const _Ta = "Tag";
const _To = "Tooltip";
const _Top = "Topic";
const _Ty = "Type";
const _U = "Used";
const _UAFFO = "UseAlternateFolderForOnline";
const _UAI = "UniqueAccountIdentifier";
const _UBF = "UseBFile";
const _UBFL = "UseBcpFullLoad";
const _UCNSV = "UseCsvNoSupValue";
const _UDFF = "UpgradeDependencyFailureFault";
const _UDPFL = "UseDirectPathFullLoad";
const _ULIV = "UseLargeIntegerValue";
const _ULR = "UseLogminerReader";
const _UNMT = "UseNewMappingType";
const _UPP = "UsePathPrefix";
const _USTEB = "UpdateSubscriptionsToEventBridge";
const _USTEBM = "UpdateSubscriptionsToEventBridgeMessage";
const _USTEBR = "UpdateSubscriptionsToEventBridgeResponse";
const _UTPBD = "UseThirdPartyBackupDevice";
const _UTSTFFLT = "UseTaskStartTimeForFullLoadTimestamp";
const _UULU = "UseUpdateLookUp";
const _Un = "Units";
const _Up = "Updates";
const _Us = "Username";
const _V = "Virtual";
const _VFD = "ValidFromDate";
const _VFR = "ValidationFailedRecords";
const _VI = "VpcId";
const _VPR = "ValidationPendingRecords";
const _VS = "VersionStatus";
const _VSD = "ValidationStateDetails";
const _VSG = "VpcSecurityGroups";
const _VSGI = "VpcSecurityGroupIds";
const _VSGIL = "VpcSecurityGroupIdList";
const _VSGIp = "VpcSecurityGroupId";
const _VSGM = "VpcSecurityGroupMembership";
const _VSGML = "VpcSecurityGroupMembershipList";
const _VSR = "ValidationSuspendedRecords";
const _VSa = "ValidationState";
const _VTD = "ValidToDate";
const _Va = "Values";
const _Val = "Value";
const _Ve = "Version";
const _W = "Warning";
const _WBS = "WriteBufferSize";
const _WCGRBA = "WebCollectorGrantedRoleBasedAccess";
const _WCSA = "WebCollectorS3Access";
const _WS = "WithoutSettings";
const _WSi = "WithoutStatistics";
const _WT = "WorkloadType";
const _c = "client";
const _dED = "defaultErrorDetails";
const _e = "error";
const _hE = "httpError";
const _m = "message";
const _rA = "resourceArn";
const _s = "smithy.ts.sdk.synthetic.com.amazonaws.databasemigrationservice";
const _xN = "xmlName";
const n0 = "com.amazonaws.databasemigrationservice";
const _s_registry = TypeRegistry.for(_s);
var DatabaseMigrationServiceServiceException$ = [-3, _s, "DatabaseMigrationServiceServiceException", 0, [], []];
_s_registry.registerError(DatabaseMigrationServiceServiceException$, DatabaseMigrationServiceServiceException);
const n0_registry = TypeRegistry.for(n0);
var AccessDeniedFault$ = [-3, n0, _ADF,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(AccessDeniedFault$, AccessDeniedFault);
var CollectorNotFoundFault$ = [-3, n0, _CNFF,
    { [_e]: _c, [_hE]: 404 },
    [_m],
    [0]
];
n0_registry.registerError(CollectorNotFoundFault$, CollectorNotFoundFault);
var FailedDependencyFault$ = [-3, n0, _FDF,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(FailedDependencyFault$, FailedDependencyFault);
var InsufficientResourceCapacityFault$ = [-3, n0, _IRCF,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(InsufficientResourceCapacityFault$, InsufficientResourceCapacityFault);
var InvalidCertificateFault$ = [-3, n0, _ICF,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(InvalidCertificateFault$, InvalidCertificateFault);
var InvalidOperationFault$ = [-3, n0, _IOF,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(InvalidOperationFault$, InvalidOperationFault);
var InvalidResourceStateFault$ = [-3, n0, _IRSF,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(InvalidResourceStateFault$, InvalidResourceStateFault);
var InvalidSubnet$ = [-3, n0, _IS,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(InvalidSubnet$, InvalidSubnet);
var KMSAccessDeniedFault$ = [-3, n0, _KMSADF,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(KMSAccessDeniedFault$, KMSAccessDeniedFault);
var KMSDisabledFault$ = [-3, n0, _KMSDF,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(KMSDisabledFault$, KMSDisabledFault);
var KMSFault$ = [-3, n0, _KMSF,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(KMSFault$, KMSFault);
var KMSInvalidStateFault$ = [-3, n0, _KMSISF,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(KMSInvalidStateFault$, KMSInvalidStateFault);
var KMSKeyNotAccessibleFault$ = [-3, n0, _KMSKNAF,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(KMSKeyNotAccessibleFault$, KMSKeyNotAccessibleFault);
var KMSNotFoundFault$ = [-3, n0, _KMSNFF,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(KMSNotFoundFault$, KMSNotFoundFault);
var KMSThrottlingFault$ = [-3, n0, _KMSTF,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(KMSThrottlingFault$, KMSThrottlingFault);
var ReplicationSubnetGroupDoesNotCoverEnoughAZs$ = [-3, n0, _RSGDNCEAZ,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(ReplicationSubnetGroupDoesNotCoverEnoughAZs$, ReplicationSubnetGroupDoesNotCoverEnoughAZs);
var ResourceAlreadyExistsFault$ = [-3, n0, _RAEF,
    { [_e]: _c },
    [_m, _rA],
    [0, 0]
];
n0_registry.registerError(ResourceAlreadyExistsFault$, ResourceAlreadyExistsFault);
var ResourceNotFoundFault$ = [-3, n0, _RNFF,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(ResourceNotFoundFault$, ResourceNotFoundFault);
var ResourceQuotaExceededFault$ = [-3, n0, _RQEF,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(ResourceQuotaExceededFault$, ResourceQuotaExceededFault);
var S3AccessDeniedFault$ = [-3, n0, _SADF,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(S3AccessDeniedFault$, S3AccessDeniedFault);
var S3ResourceNotFoundFault$ = [-3, n0, _SRNFF,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(S3ResourceNotFoundFault$, S3ResourceNotFoundFault);
var SNSInvalidTopicFault$ = [-3, n0, _SNSITF,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(SNSInvalidTopicFault$, SNSInvalidTopicFault);
var SNSNoAuthorizationFault$ = [-3, n0, _SNSNAF,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(SNSNoAuthorizationFault$, SNSNoAuthorizationFault);
var StorageQuotaExceededFault$ = [-3, n0, _SQEF,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(StorageQuotaExceededFault$, StorageQuotaExceededFault);
var SubnetAlreadyInUse$ = [-3, n0, _SAIU,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(SubnetAlreadyInUse$, SubnetAlreadyInUse);
var UpgradeDependencyFailureFault$ = [-3, n0, _UDFF,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(UpgradeDependencyFailureFault$, UpgradeDependencyFailureFault);
const errorTypeRegistries = [
    _s_registry,
    n0_registry,
];
var SecretString = [0, n0, _SS, 8, 0];
var AccountQuota$ = [3, n0, _AQ,
    0,
    [_AQN, _U, _M],
    [0, 1, 1]
];
var AddTagsToResourceMessage$ = [3, n0, _ATTRM,
    0,
    [_RA, _T],
    [0, [() => TagList, 0]], 2
];
var AddTagsToResourceResponse$ = [3, n0, _ATTRR,
    0,
    [],
    []
];
var ApplyPendingMaintenanceActionMessage$ = [3, n0, _APMAM,
    0,
    [_RIA, _AA, _OIT],
    [0, 0, 0], 3
];
var ApplyPendingMaintenanceActionResponse$ = [3, n0, _APMAR,
    0,
    [_RPMA],
    [[() => ResourcePendingMaintenanceActions$, 0]]
];
var AvailabilityZone$ = [3, n0, _AZ,
    0,
    [_N],
    [0]
];
var BatchStartRecommendationsErrorEntry$ = [3, n0, _BSREE,
    0,
    [_DI, _Me, _C],
    [0, 0, 0]
];
var BatchStartRecommendationsRequest$ = [3, n0, _BSRR,
    0,
    [_D],
    [() => StartRecommendationsRequestEntryList]
];
var BatchStartRecommendationsResponse$ = [3, n0, _BSRRa,
    0,
    [_EE],
    [() => BatchStartRecommendationsErrorEntryList]
];
var CancelMetadataModelConversionMessage$ = [3, n0, _CMMCM,
    0,
    [_MPI, _RI],
    [0, 0], 2
];
var CancelMetadataModelConversionResponse$ = [3, n0, _CMMCR,
    0,
    [_R],
    [() => SchemaConversionRequest$]
];
var CancelMetadataModelCreationMessage$ = [3, n0, _CMMCMa,
    0,
    [_MPI, _RI],
    [0, 0], 2
];
var CancelMetadataModelCreationResponse$ = [3, n0, _CMMCRa,
    0,
    [_R],
    [() => SchemaConversionRequest$]
];
var CancelReplicationTaskAssessmentRunMessage$ = [3, n0, _CRTARM,
    0,
    [_RTARA],
    [0], 1
];
var CancelReplicationTaskAssessmentRunResponse$ = [3, n0, _CRTARR,
    0,
    [_RTAR],
    [() => ReplicationTaskAssessmentRun$]
];
var Certificate$ = [3, n0, _Ce,
    0,
    [_CI, _CCD, _CP, _CW, _CA, _CO, _VFD, _VTD, _SA, _KL, _KKI],
    [0, 4, 0, 21, 0, 0, 4, 4, 0, 1, 0]
];
var CollectorHealthCheck$ = [3, n0, _CHC,
    0,
    [_CS, _LCSA, _WCSA, _WCGRBA],
    [0, 2, 2, 2]
];
var CollectorResponse$ = [3, n0, _CR,
    0,
    [_CRI, _CN, _CV, _VS, _De, _SBN, _SARA, _CHC, _LDR, _RD, _CD, _MD, _ID],
    [0, 0, 0, 0, 0, 0, 0, () => CollectorHealthCheck$, 0, 0, 0, 0, () => InventoryData$]
];
var CollectorShortInfoResponse$ = [3, n0, _CSIR,
    0,
    [_CRI, _CN],
    [0, 0]
];
var ComputeConfig$ = [3, n0, _CC,
    0,
    [_AZ, _DNS, _KKI, _MCU, _MCUi, _MAZ, _PMW, _RSGI, _VSGI],
    [0, 0, 0, 1, 1, 2, 0, 0, 64 | 0]
];
var Connection$ = [3, n0, _Co,
    0,
    [_RIA, _EA, _S, _LFM, _EI, _RII],
    [0, 0, 0, 0, 0, 0]
];
var CreateDataMigrationMessage$ = [3, n0, _CDMM,
    0,
    [_MPI, _DMT, _SARA, _DMN, _ECL, _SDS, _TDS, _NOJ, _T, _SR],
    [0, 0, 0, 0, 2, () => SourceDataSettings, () => TargetDataSettings, 1, [() => TagList, 0], [() => SecretString, 0]], 3
];
var CreateDataMigrationResponse$ = [3, n0, _CDMR,
    0,
    [_DM],
    [[() => DataMigration$, 0]]
];
var CreateDataProviderMessage$ = [3, n0, _CDPM,
    0,
    [_E, _Se, _DPN, _De, _V, _T],
    [0, () => DataProviderSettings$, 0, 0, 2, [() => TagList, 0]], 2
];
var CreateDataProviderResponse$ = [3, n0, _CDPR,
    0,
    [_DP],
    [() => DataProvider$]
];
var CreateEndpointMessage$ = [3, n0, _CEM,
    0,
    [_EI, _ET, _EN, _Us, _P, _SN, _Po, _DN, _ECA, _KKI, _T, _CA, _SM, _SARA, _ETD, _DDS, _SSe, _DTS, _MDS, _KS, _KSa, _ES, _NS, _RS, _PSQLS, _MSQLS, _OS, _SSy, _MSQLSS, _IBMDS, _RIe, _DDSo, _RSe, _GMSQLS, _TS],
    [0, 0, 0, 0, [() => SecretString, 0], 0, 1, 0, 0, 0, [() => TagList, 0], 0, 0, 0, 0, () => DynamoDbSettings$, () => S3Settings$, () => DmsTransferSettings$, [() => MongoDbSettings$, 0], () => KinesisSettings$, [() => KafkaSettings$, 0], () => ElasticsearchSettings$, () => NeptuneSettings$, [() => RedshiftSettings$, 0], [() => PostgreSQLSettings$, 0], [() => MySQLSettings$, 0], [() => OracleSettings$, 0], [() => SybaseSettings$, 0], [() => MicrosoftSQLServerSettings$, 0], [() => IBMDb2Settings$, 0], 0, [() => DocDbSettings$, 0], [() => RedisSettings$, 0], [() => GcpMySQLSettings$, 0], () => TimestreamSettings$], 3
];
var CreateEndpointResponse$ = [3, n0, _CER,
    0,
    [_En],
    [[() => Endpoint$, 0]]
];
var CreateEventSubscriptionMessage$ = [3, n0, _CESM,
    0,
    [_SNu, _STA, _ST, _EC, _SI, _Ena, _T],
    [0, 0, 0, [() => EventCategoriesList, 0], [() => SourceIdsList, 0], 2, [() => TagList, 0]], 2
];
var CreateEventSubscriptionResponse$ = [3, n0, _CESR,
    0,
    [_ESv],
    [[() => EventSubscription$, 0]]
];
var CreateFleetAdvisorCollectorRequest$ = [3, n0, _CFACR,
    0,
    [_CN, _SARA, _SBN, _De],
    [0, 0, 0, 0], 3
];
var CreateFleetAdvisorCollectorResponse$ = [3, n0, _CFACRr,
    0,
    [_CRI, _CN, _De, _SARA, _SBN],
    [0, 0, 0, 0, 0]
];
var CreateInstanceProfileMessage$ = [3, n0, _CIPM,
    0,
    [_AZ, _KKA, _PA, _T, _NT, _IPN, _De, _SGI, _VSG],
    [0, 0, 2, [() => TagList, 0], 0, 0, 0, 0, 64 | 0]
];
var CreateInstanceProfileResponse$ = [3, n0, _CIPR,
    0,
    [_IP],
    [() => InstanceProfile$]
];
var CreateMigrationProjectMessage$ = [3, n0, _CMPM,
    0,
    [_SDPD, _TDPD, _IPI, _MPN, _TR, _De, _T, _SCAA],
    [() => DataProviderDescriptorDefinitionList, () => DataProviderDescriptorDefinitionList, 0, 0, 0, 0, [() => TagList, 0], () => SCApplicationAttributes$], 3
];
var CreateMigrationProjectResponse$ = [3, n0, _CMPR,
    0,
    [_MP],
    [() => MigrationProject$]
];
var CreateReplicationConfigMessage$ = [3, n0, _CRCM,
    0,
    [_RCI, _SEA, _TEA, _CC, _RT, _TM, _RSep, _SSu, _RIe, _T],
    [0, 0, 0, () => ComputeConfig$, 0, 0, 0, 0, 0, [() => TagList, 0]], 6
];
var CreateReplicationConfigResponse$ = [3, n0, _CRCR,
    0,
    [_RC],
    [() => ReplicationConfig$]
];
var CreateReplicationInstanceMessage$ = [3, n0, _CRIM,
    0,
    [_RII, _RIC, _AS, _VSGI, _AZ, _RSGIe, _PMW, _MAZ, _EV, _AMVU, _T, _KKI, _PA, _DNS, _RIe, _NT, _KAS],
    [0, 0, 1, [() => VpcSecurityGroupIdList, 0], 0, 0, 0, 2, 0, 2, [() => TagList, 0], 0, 2, 0, 0, 0, () => KerberosAuthenticationSettings$], 2
];
var CreateReplicationInstanceResponse$ = [3, n0, _CRIR,
    0,
    [_RIep],
    [[() => ReplicationInstance$, 0]]
];
var CreateReplicationSubnetGroupMessage$ = [3, n0, _CRSGM,
    0,
    [_RSGIe, _RSGD, _SIu, _T],
    [0, 0, [() => SubnetIdentifierList, 0], [() => TagList, 0]], 3
];
var CreateReplicationSubnetGroupResponse$ = [3, n0, _CRSGR,
    0,
    [_RSG],
    [[() => ReplicationSubnetGroup$, 0]]
];
var CreateReplicationTaskMessage$ = [3, n0, _CRTM,
    0,
    [_RTI, _SEA, _TEA, _RIA, _MT, _TM, _RTS, _CST, _CSP, _CSPd, _T, _TD, _RIe],
    [0, 0, 0, 0, 0, 0, 0, 4, 0, 0, [() => TagList, 0], 0, 0], 6
];
var CreateReplicationTaskResponse$ = [3, n0, _CRTR,
    0,
    [_RTe],
    [() => ReplicationTask$]
];
var DatabaseInstanceSoftwareDetailsResponse$ = [3, n0, _DISDR,
    0,
    [_E, _EV, _EEn, _SP, _SL, _OA, _To],
    [0, 0, 0, 0, 0, 1, 0]
];
var DatabaseResponse$ = [3, n0, _DR,
    0,
    [_DI, _DN, _IA, _NOS, _Ser, _SD, _Col],
    [0, 0, 0, 1, () => ServerShortInfoResponse$, () => DatabaseInstanceSoftwareDetailsResponse$, () => CollectorsList]
];
var DatabaseShortInfoResponse$ = [3, n0, _DSIR,
    0,
    [_DI, _DN, _DIA, _DE],
    [0, 0, 0, 0]
];
var DataMigration$ = [3, n0, _DM,
    0,
    [_DMN, _DMA, _DMCT, _DMST, _DMET, _SARA, _MPA, _DMT, _DMS, _SDS, _TDS, _DMSa, _DMSat, _PIA, _DMCB, _LFM, _SRt],
    [0, 0, 5, 5, 5, 0, 0, 0, [() => DataMigrationSettings$, 0], () => SourceDataSettings, () => TargetDataSettings, () => DataMigrationStatistics$, 0, [() => PublicIpAddressList, 0], 64 | 0, 0, 0]
];
var DataMigrationSettings$ = [3, n0, _DMS,
    0,
    [_NOJ, _CLE, _SR],
    [1, 2, [() => SecretString, 0]]
];
var DataMigrationStatistics$ = [3, n0, _DMSa,
    0,
    [_TL, _ETM, _TLa, _FLP, _CDCL, _TQ, _TE, _STt, _STto],
    [1, 1, 1, 1, 1, 1, 1, 5, 5]
];
var DataProvider$ = [3, n0, _DP,
    0,
    [_DPN, _DPA, _DPCT, _De, _E, _V, _Se],
    [0, 0, 5, 0, 0, 2, () => DataProviderSettings$]
];
var DataProviderDescriptor$ = [3, n0, _DPD,
    0,
    [_SMSI, _SMARA, _DPN, _DPA],
    [0, 0, 0, 0]
];
var DataProviderDescriptorDefinition$ = [3, n0, _DPDD,
    0,
    [_DPI, _SMSI, _SMARA],
    [0, 0, 0], 1
];
var DefaultErrorDetails$ = [3, n0, _DED,
    0,
    [_Me],
    [0]
];
var DeleteCertificateMessage$ = [3, n0, _DCM,
    0,
    [_CA],
    [0], 1
];
var DeleteCertificateResponse$ = [3, n0, _DCR,
    0,
    [_Ce],
    [() => Certificate$]
];
var DeleteCollectorRequest$ = [3, n0, _DCRe,
    0,
    [_CRI],
    [0], 1
];
var DeleteConnectionMessage$ = [3, n0, _DCMe,
    0,
    [_EA, _RIA],
    [0, 0], 2
];
var DeleteConnectionResponse$ = [3, n0, _DCRel,
    0,
    [_Co],
    [() => Connection$]
];
var DeleteDataMigrationMessage$ = [3, n0, _DDMM,
    0,
    [_DMI],
    [0], 1
];
var DeleteDataMigrationResponse$ = [3, n0, _DDMR,
    0,
    [_DM],
    [[() => DataMigration$, 0]]
];
var DeleteDataProviderMessage$ = [3, n0, _DDPM,
    0,
    [_DPI],
    [0], 1
];
var DeleteDataProviderResponse$ = [3, n0, _DDPR,
    0,
    [_DP],
    [() => DataProvider$]
];
var DeleteEndpointMessage$ = [3, n0, _DEM,
    0,
    [_EA],
    [0], 1
];
var DeleteEndpointResponse$ = [3, n0, _DER,
    0,
    [_En],
    [[() => Endpoint$, 0]]
];
var DeleteEventSubscriptionMessage$ = [3, n0, _DESM,
    0,
    [_SNu],
    [0], 1
];
var DeleteEventSubscriptionResponse$ = [3, n0, _DESR,
    0,
    [_ESv],
    [[() => EventSubscription$, 0]]
];
var DeleteFleetAdvisorDatabasesRequest$ = [3, n0, _DFADR,
    0,
    [_DIa],
    [64 | 0], 1
];
var DeleteFleetAdvisorDatabasesResponse$ = [3, n0, _DFADRe,
    0,
    [_DIa],
    [64 | 0]
];
var DeleteInstanceProfileMessage$ = [3, n0, _DIPM,
    0,
    [_IPI],
    [0], 1
];
var DeleteInstanceProfileResponse$ = [3, n0, _DIPR,
    0,
    [_IP],
    [() => InstanceProfile$]
];
var DeleteMigrationProjectMessage$ = [3, n0, _DMPM,
    0,
    [_MPI],
    [0], 1
];
var DeleteMigrationProjectResponse$ = [3, n0, _DMPR,
    0,
    [_MP],
    [() => MigrationProject$]
];
var DeleteReplicationConfigMessage$ = [3, n0, _DRCM,
    0,
    [_RCA],
    [0], 1
];
var DeleteReplicationConfigResponse$ = [3, n0, _DRCR,
    0,
    [_RC],
    [() => ReplicationConfig$]
];
var DeleteReplicationInstanceMessage$ = [3, n0, _DRIM,
    0,
    [_RIA],
    [0], 1
];
var DeleteReplicationInstanceResponse$ = [3, n0, _DRIR,
    0,
    [_RIep],
    [[() => ReplicationInstance$, 0]]
];
var DeleteReplicationSubnetGroupMessage$ = [3, n0, _DRSGM,
    0,
    [_RSGIe],
    [0], 1
];
var DeleteReplicationSubnetGroupResponse$ = [3, n0, _DRSGR,
    0,
    [],
    []
];
var DeleteReplicationTaskAssessmentRunMessage$ = [3, n0, _DRTARM,
    0,
    [_RTARA],
    [0], 1
];
var DeleteReplicationTaskAssessmentRunResponse$ = [3, n0, _DRTARR,
    0,
    [_RTAR],
    [() => ReplicationTaskAssessmentRun$]
];
var DeleteReplicationTaskMessage$ = [3, n0, _DRTM,
    0,
    [_RTA],
    [0], 1
];
var DeleteReplicationTaskResponse$ = [3, n0, _DRTR,
    0,
    [_RTe],
    [() => ReplicationTask$]
];
var DescribeAccountAttributesMessage$ = [3, n0, _DAAM,
    0,
    [],
    []
];
var DescribeAccountAttributesResponse$ = [3, n0, _DAAR,
    0,
    [_AQc, _UAI],
    [[() => AccountQuotaList, 0], 0]
];
var DescribeApplicableIndividualAssessmentsMessage$ = [3, n0, _DAIAM,
    0,
    [_RTA, _RIA, _RCA, _SEN, _TEN, _MT, _MR, _Ma],
    [0, 0, 0, 0, 0, 0, 1, 0]
];
var DescribeApplicableIndividualAssessmentsResponse$ = [3, n0, _DAIAR,
    0,
    [_IAN, _Ma],
    [64 | 0, 0]
];
var DescribeCertificatesMessage$ = [3, n0, _DCMes,
    0,
    [_F, _MR, _Ma],
    [[() => FilterList, 0], 1, 0]
];
var DescribeCertificatesResponse$ = [3, n0, _DCRes,
    0,
    [_Ma, _Cer],
    [0, [() => CertificateList, 0]]
];
var DescribeConnectionsMessage$ = [3, n0, _DCMesc,
    0,
    [_F, _MR, _Ma],
    [[() => FilterList, 0], 1, 0]
];
var DescribeConnectionsResponse$ = [3, n0, _DCResc,
    0,
    [_Ma, _Con],
    [0, [() => ConnectionList, 0]]
];
var DescribeConversionConfigurationMessage$ = [3, n0, _DCCM,
    0,
    [_MPI],
    [0], 1
];
var DescribeConversionConfigurationResponse$ = [3, n0, _DCCR,
    0,
    [_MPI, _CCo],
    [0, 0]
];
var DescribeDataMigrationsMessage$ = [3, n0, _DDMMe,
    0,
    [_F, _MR, _Ma, _WS, _WSi],
    [[() => FilterList, 0], 1, 0, 2, 2]
];
var DescribeDataMigrationsResponse$ = [3, n0, _DDMRe,
    0,
    [_DMa, _Ma],
    [[() => DataMigrations, 0], 0]
];
var DescribeDataProvidersMessage$ = [3, n0, _DDPMe,
    0,
    [_F, _MR, _Ma],
    [[() => FilterList, 0], 1, 0]
];
var DescribeDataProvidersResponse$ = [3, n0, _DDPRe,
    0,
    [_Ma, _DPa],
    [0, [() => DataProviderList, 0]]
];
var DescribeEndpointSettingsMessage$ = [3, n0, _DESMe,
    0,
    [_EN, _MR, _Ma],
    [0, 1, 0], 1
];
var DescribeEndpointSettingsResponse$ = [3, n0, _DESRe,
    0,
    [_Ma, _ESn],
    [0, () => EndpointSettingsList]
];
var DescribeEndpointsMessage$ = [3, n0, _DEMe,
    0,
    [_F, _MR, _Ma],
    [[() => FilterList, 0], 1, 0]
];
var DescribeEndpointsResponse$ = [3, n0, _DERe,
    0,
    [_Ma, _End],
    [0, [() => EndpointList, 0]]
];
var DescribeEndpointTypesMessage$ = [3, n0, _DETM,
    0,
    [_F, _MR, _Ma],
    [[() => FilterList, 0], 1, 0]
];
var DescribeEndpointTypesResponse$ = [3, n0, _DETR,
    0,
    [_Ma, _SET],
    [0, [() => SupportedEndpointTypeList, 0]]
];
var DescribeEngineVersionsMessage$ = [3, n0, _DEVM,
    0,
    [_MR, _Ma],
    [1, 0]
];
var DescribeEngineVersionsResponse$ = [3, n0, _DEVR,
    0,
    [_EVn, _Ma],
    [[() => EngineVersionList, 0], 0]
];
var DescribeEventCategoriesMessage$ = [3, n0, _DECM,
    0,
    [_ST, _F],
    [0, [() => FilterList, 0]]
];
var DescribeEventCategoriesResponse$ = [3, n0, _DECR,
    0,
    [_ECGL],
    [[() => EventCategoryGroupList, 0]]
];
var DescribeEventsMessage$ = [3, n0, _DEMes,
    0,
    [_SIo, _ST, _STt, _ETn, _Du, _EC, _F, _MR, _Ma],
    [0, 0, 4, 4, 1, [() => EventCategoriesList, 0], [() => FilterList, 0], 1, 0]
];
var DescribeEventsResponse$ = [3, n0, _DERes,
    0,
    [_Ma, _Ev],
    [0, [() => EventList, 0]]
];
var DescribeEventSubscriptionsMessage$ = [3, n0, _DESMes,
    0,
    [_SNu, _F, _MR, _Ma],
    [0, [() => FilterList, 0], 1, 0]
];
var DescribeEventSubscriptionsResponse$ = [3, n0, _DESRes,
    0,
    [_Ma, _ESL],
    [0, [() => EventSubscriptionsList, 0]]
];
var DescribeExtensionPackAssociationsMessage$ = [3, n0, _DEPAM,
    0,
    [_MPI, _F, _Ma, _MR],
    [0, [() => FilterList, 0], 0, 1], 1
];
var DescribeExtensionPackAssociationsResponse$ = [3, n0, _DEPAR,
    0,
    [_Ma, _Re],
    [0, () => SchemaConversionRequestList]
];
var DescribeFleetAdvisorCollectorsRequest$ = [3, n0, _DFACR,
    0,
    [_F, _MR, _NTe],
    [[() => FilterList, 0], 1, 0]
];
var DescribeFleetAdvisorCollectorsResponse$ = [3, n0, _DFACRe,
    0,
    [_Col, _NTe],
    [() => CollectorResponses, 0]
];
var DescribeFleetAdvisorDatabasesRequest$ = [3, n0, _DFADRes,
    0,
    [_F, _MR, _NTe],
    [[() => FilterList, 0], 1, 0]
];
var DescribeFleetAdvisorDatabasesResponse$ = [3, n0, _DFADResc,
    0,
    [_Da, _NTe],
    [() => DatabaseList, 0]
];
var DescribeFleetAdvisorLsaAnalysisRequest$ = [3, n0, _DFALAR,
    0,
    [_MR, _NTe],
    [1, 0]
];
var DescribeFleetAdvisorLsaAnalysisResponse$ = [3, n0, _DFALARe,
    0,
    [_A, _NTe],
    [() => FleetAdvisorLsaAnalysisResponseList, 0]
];
var DescribeFleetAdvisorSchemaObjectSummaryRequest$ = [3, n0, _DFASOSR,
    0,
    [_F, _MR, _NTe],
    [[() => FilterList, 0], 1, 0]
];
var DescribeFleetAdvisorSchemaObjectSummaryResponse$ = [3, n0, _DFASOSRe,
    0,
    [_FASO, _NTe],
    [() => FleetAdvisorSchemaObjectList, 0]
];
var DescribeFleetAdvisorSchemasRequest$ = [3, n0, _DFASR,
    0,
    [_F, _MR, _NTe],
    [[() => FilterList, 0], 1, 0]
];
var DescribeFleetAdvisorSchemasResponse$ = [3, n0, _DFASRe,
    0,
    [_FAS, _NTe],
    [() => FleetAdvisorSchemaList, 0]
];
var DescribeInstanceProfilesMessage$ = [3, n0, _DIPMe,
    0,
    [_F, _MR, _Ma],
    [[() => FilterList, 0], 1, 0]
];
var DescribeInstanceProfilesResponse$ = [3, n0, _DIPRe,
    0,
    [_Ma, _IPn],
    [0, [() => InstanceProfileList, 0]]
];
var DescribeMetadataModelAssessmentsMessage$ = [3, n0, _DMMAM,
    0,
    [_MPI, _F, _Ma, _MR],
    [0, [() => FilterList, 0], 0, 1], 1
];
var DescribeMetadataModelAssessmentsResponse$ = [3, n0, _DMMAR,
    0,
    [_Ma, _Re],
    [0, () => SchemaConversionRequestList]
];
var DescribeMetadataModelChildrenMessage$ = [3, n0, _DMMCM,
    0,
    [_SR, _MPI, _O, _Ma, _MR],
    [0, 0, 0, 0, 1], 3
];
var DescribeMetadataModelChildrenResponse$ = [3, n0, _DMMCR,
    0,
    [_Ma, _MMC],
    [0, () => MetadataModelReferenceList]
];
var DescribeMetadataModelConversionsMessage$ = [3, n0, _DMMCMe,
    0,
    [_MPI, _F, _Ma, _MR],
    [0, [() => FilterList, 0], 0, 1], 1
];
var DescribeMetadataModelConversionsResponse$ = [3, n0, _DMMCRe,
    0,
    [_Ma, _Re],
    [0, () => SchemaConversionRequestList]
];
var DescribeMetadataModelCreationsMessage$ = [3, n0, _DMMCMes,
    0,
    [_MPI, _F, _Ma, _MR],
    [0, [() => FilterList, 0], 0, 1], 1
];
var DescribeMetadataModelCreationsResponse$ = [3, n0, _DMMCRes,
    0,
    [_Ma, _Re],
    [0, () => SchemaConversionRequestList]
];
var DescribeMetadataModelExportsAsScriptMessage$ = [3, n0, _DMMEASM,
    0,
    [_MPI, _F, _Ma, _MR],
    [0, [() => FilterList, 0], 0, 1], 1
];
var DescribeMetadataModelExportsAsScriptResponse$ = [3, n0, _DMMEASR,
    0,
    [_Ma, _Re],
    [0, () => SchemaConversionRequestList]
];
var DescribeMetadataModelExportsToTargetMessage$ = [3, n0, _DMMETTM,
    0,
    [_MPI, _F, _Ma, _MR],
    [0, [() => FilterList, 0], 0, 1], 1
];
var DescribeMetadataModelExportsToTargetResponse$ = [3, n0, _DMMETTR,
    0,
    [_Ma, _Re],
    [0, () => SchemaConversionRequestList]
];
var DescribeMetadataModelImportsMessage$ = [3, n0, _DMMIM,
    0,
    [_MPI, _F, _Ma, _MR],
    [0, [() => FilterList, 0], 0, 1], 1
];
var DescribeMetadataModelImportsResponse$ = [3, n0, _DMMIR,
    0,
    [_Ma, _Re],
    [0, () => SchemaConversionRequestList]
];
var DescribeMetadataModelMessage$ = [3, n0, _DMMM,
    0,
    [_SR, _MPI, _O],
    [0, 0, 0], 3
];
var DescribeMetadataModelResponse$ = [3, n0, _DMMR,
    0,
    [_MMN, _MMT, _TMM, _Def],
    [0, 0, () => MetadataModelReferenceList, 0]
];
var DescribeMigrationProjectsMessage$ = [3, n0, _DMPMe,
    0,
    [_F, _MR, _Ma],
    [[() => FilterList, 0], 1, 0]
];
var DescribeMigrationProjectsResponse$ = [3, n0, _DMPRe,
    0,
    [_Ma, _MPi],
    [0, [() => MigrationProjectList, 0]]
];
var DescribeOrderableReplicationInstancesMessage$ = [3, n0, _DORIM,
    0,
    [_MR, _Ma],
    [1, 0]
];
var DescribeOrderableReplicationInstancesResponse$ = [3, n0, _DORIR,
    0,
    [_ORI, _Ma],
    [[() => OrderableReplicationInstanceList, 0], 0]
];
var DescribePendingMaintenanceActionsMessage$ = [3, n0, _DPMAM,
    0,
    [_RIA, _F, _Ma, _MR],
    [0, [() => FilterList, 0], 0, 1]
];
var DescribePendingMaintenanceActionsResponse$ = [3, n0, _DPMAR,
    0,
    [_PMA, _Ma],
    [[() => PendingMaintenanceActions, 0], 0]
];
var DescribeRecommendationLimitationsRequest$ = [3, n0, _DRLR,
    0,
    [_F, _MR, _NTe],
    [[() => FilterList, 0], 1, 0]
];
var DescribeRecommendationLimitationsResponse$ = [3, n0, _DRLRe,
    0,
    [_NTe, _L],
    [0, () => LimitationList]
];
var DescribeRecommendationsRequest$ = [3, n0, _DRR,
    0,
    [_F, _MR, _NTe],
    [[() => FilterList, 0], 1, 0]
];
var DescribeRecommendationsResponse$ = [3, n0, _DRRe,
    0,
    [_NTe, _Rec],
    [0, () => RecommendationList]
];
var DescribeRefreshSchemasStatusMessage$ = [3, n0, _DRSSM,
    0,
    [_EA],
    [0], 1
];
var DescribeRefreshSchemasStatusResponse$ = [3, n0, _DRSSR,
    0,
    [_RSS],
    [() => RefreshSchemasStatus$]
];
var DescribeReplicationConfigsMessage$ = [3, n0, _DRCMe,
    0,
    [_F, _MR, _Ma],
    [[() => FilterList, 0], 1, 0]
];
var DescribeReplicationConfigsResponse$ = [3, n0, _DRCRe,
    0,
    [_Ma, _RCe],
    [0, [() => ReplicationConfigList, 0]]
];
var DescribeReplicationInstancesMessage$ = [3, n0, _DRIMe,
    0,
    [_F, _MR, _Ma],
    [[() => FilterList, 0], 1, 0]
];
var DescribeReplicationInstancesResponse$ = [3, n0, _DRIRe,
    0,
    [_Ma, _RIepl],
    [0, [() => ReplicationInstanceList, 0]]
];
var DescribeReplicationInstanceTaskLogsMessage$ = [3, n0, _DRITLM,
    0,
    [_RIA, _MR, _Ma],
    [0, 1, 0], 1
];
var DescribeReplicationInstanceTaskLogsResponse$ = [3, n0, _DRITLR,
    0,
    [_RIA, _RITL, _Ma],
    [0, () => ReplicationInstanceTaskLogsList, 0]
];
var DescribeReplicationsMessage$ = [3, n0, _DRM,
    0,
    [_F, _MR, _Ma],
    [[() => FilterList, 0], 1, 0]
];
var DescribeReplicationsResponse$ = [3, n0, _DRRes,
    0,
    [_Ma, _Rep],
    [0, [() => ReplicationList, 0]]
];
var DescribeReplicationSubnetGroupsMessage$ = [3, n0, _DRSGMe,
    0,
    [_F, _MR, _Ma],
    [[() => FilterList, 0], 1, 0]
];
var DescribeReplicationSubnetGroupsResponse$ = [3, n0, _DRSGRe,
    0,
    [_Ma, _RSGe],
    [0, [() => ReplicationSubnetGroups, 0]]
];
var DescribeReplicationTableStatisticsMessage$ = [3, n0, _DRTSM,
    0,
    [_RCA, _MR, _Ma, _F],
    [0, 1, 0, [() => FilterList, 0]], 1
];
var DescribeReplicationTableStatisticsResponse$ = [3, n0, _DRTSR,
    0,
    [_RCA, _Ma, _RTSe],
    [0, 0, () => ReplicationTableStatisticsList]
];
var DescribeReplicationTaskAssessmentResultsMessage$ = [3, n0, _DRTARMe,
    0,
    [_RTA, _MR, _Ma],
    [0, 1, 0]
];
var DescribeReplicationTaskAssessmentResultsResponse$ = [3, n0, _DRTARRe,
    0,
    [_Ma, _BN, _RTARe],
    [0, 0, [() => ReplicationTaskAssessmentResultList, 0]]
];
var DescribeReplicationTaskAssessmentRunsMessage$ = [3, n0, _DRTARMes,
    0,
    [_F, _MR, _Ma],
    [[() => FilterList, 0], 1, 0]
];
var DescribeReplicationTaskAssessmentRunsResponse$ = [3, n0, _DRTARRes,
    0,
    [_Ma, _RTARep],
    [0, () => ReplicationTaskAssessmentRunList]
];
var DescribeReplicationTaskIndividualAssessmentsMessage$ = [3, n0, _DRTIAM,
    0,
    [_F, _MR, _Ma],
    [[() => FilterList, 0], 1, 0]
];
var DescribeReplicationTaskIndividualAssessmentsResponse$ = [3, n0, _DRTIAR,
    0,
    [_Ma, _RTIA],
    [0, () => ReplicationTaskIndividualAssessmentList]
];
var DescribeReplicationTasksMessage$ = [3, n0, _DRTMe,
    0,
    [_F, _MR, _Ma, _WS],
    [[() => FilterList, 0], 1, 0, 2]
];
var DescribeReplicationTasksResponse$ = [3, n0, _DRTRe,
    0,
    [_Ma, _RTep],
    [0, [() => ReplicationTaskList, 0]]
];
var DescribeSchemasMessage$ = [3, n0, _DSM,
    0,
    [_EA, _MR, _Ma],
    [0, 1, 0], 1
];
var DescribeSchemasResponse$ = [3, n0, _DSR,
    0,
    [_Ma, _Sc],
    [0, 64 | 0]
];
var DescribeTableStatisticsMessage$ = [3, n0, _DTSM,
    0,
    [_RTA, _MR, _Ma, _F],
    [0, 1, 0, [() => FilterList, 0]], 1
];
var DescribeTableStatisticsResponse$ = [3, n0, _DTSR,
    0,
    [_RTA, _TSa, _Ma],
    [0, () => TableStatisticsList, 0]
];
var DmsTransferSettings$ = [3, n0, _DTS,
    0,
    [_SARA, _BN],
    [0, 0]
];
var DocDbDataProviderSettings$ = [3, n0, _DDDPS,
    0,
    [_SN, _Po, _DN, _SM, _CA],
    [0, 1, 0, 0, 0]
];
var DocDbSettings$ = [3, n0, _DDSo,
    0,
    [_Us, _P, _SN, _Po, _DN, _NL, _EDI, _DTI, _KKI, _SMARA, _SMSI, _UULU, _RSC],
    [0, [() => SecretString, 0], 0, 1, 0, 0, 2, 1, 0, 0, 0, 2, 2]
];
var DynamoDbSettings$ = [3, n0, _DDS,
    0,
    [_SARA],
    [0], 1
];
var ElasticsearchSettings$ = [3, n0, _ES,
    0,
    [_SARA, _EU, _FLEP, _ERD, _UNMT],
    [0, 0, 1, 1, 2], 2
];
var Endpoint$ = [3, n0, _En,
    0,
    [_EI, _ET, _EN, _EDN, _Us, _SN, _Po, _DN, _ECA, _S, _KKI, _EA, _CA, _SM, _SARA, _ETD, _EIx, _IRO, _DDS, _SSe, _DTS, _MDS, _KS, _KSa, _ES, _NS, _RS, _PSQLS, _MSQLS, _OS, _SSy, _MSQLSS, _IBMDS, _DDSo, _RSe, _GMSQLS, _TS, _LS],
    [0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, () => DynamoDbSettings$, () => S3Settings$, () => DmsTransferSettings$, [() => MongoDbSettings$, 0], () => KinesisSettings$, [() => KafkaSettings$, 0], () => ElasticsearchSettings$, () => NeptuneSettings$, [() => RedshiftSettings$, 0], [() => PostgreSQLSettings$, 0], [() => MySQLSettings$, 0], [() => OracleSettings$, 0], [() => SybaseSettings$, 0], [() => MicrosoftSQLServerSettings$, 0], [() => IBMDb2Settings$, 0], [() => DocDbSettings$, 0], [() => RedisSettings$, 0], [() => GcpMySQLSettings$, 0], () => TimestreamSettings$, () => LakehouseSettings$]
];
var EndpointSetting$ = [3, n0, _ESnd,
    0,
    [_N, _Ty, _EVnu, _Sen, _Un, _Ap, _IVM, _IVMn, _DV],
    [0, 0, 64 | 0, 2, 0, 0, 1, 1, 0]
];
var EngineVersion$ = [3, n0, _EV,
    0,
    [_Ve, _Li, _RSel, _LD, _AUD, _DD, _FUD, _AU],
    [0, 0, 0, 4, 4, 4, 4, 64 | 0]
];
var Event$ = [3, n0, _Eve,
    0,
    [_SIo, _ST, _Me, _EC, _Dat],
    [0, 0, 0, [() => EventCategoriesList, 0], 4]
];
var EventCategoryGroup$ = [3, n0, _ECG,
    0,
    [_ST, _EC],
    [0, [() => EventCategoriesList, 0]]
];
var EventSubscription$ = [3, n0, _ESv,
    0,
    [_CAI, _CSI, _STA, _S, _SCT, _ST, _SIL, _ECLv, _Ena],
    [0, 0, 0, 0, 0, 0, [() => SourceIdsList, 0], [() => EventCategoriesList, 0], 2]
];
var ExportMetadataModelAssessmentMessage$ = [3, n0, _EMMAM,
    0,
    [_MPI, _SR, _FN, _ART],
    [0, 0, 0, 64 | 0], 2
];
var ExportMetadataModelAssessmentResponse$ = [3, n0, _EMMAR,
    0,
    [_PR, _CRs],
    [() => ExportMetadataModelAssessmentResultEntry$, () => ExportMetadataModelAssessmentResultEntry$]
];
var ExportMetadataModelAssessmentResultEntry$ = [3, n0, _EMMARE,
    0,
    [_SOK, _OURL],
    [0, 0]
];
var ExportSqlDetails$ = [3, n0, _ESD,
    0,
    [_SOK, _OURL],
    [0, 0]
];
var Filter$ = [3, n0, _Fi,
    0,
    [_N, _Va],
    [0, [() => FilterValueList, 0]], 2
];
var FleetAdvisorLsaAnalysisResponse$ = [3, n0, _FALAR,
    0,
    [_LAI, _S],
    [0, 0]
];
var FleetAdvisorSchemaObjectResponse$ = [3, n0, _FASOR,
    0,
    [_SIc, _OT, _NOO, _CLC, _CSo],
    [0, 0, 1, 1, 1]
];
var GcpMySQLSettings$ = [3, n0, _GMSQLS,
    0,
    [_ACS, _CSMOM, _DN, _EPI, _TDT, _MFS, _PLT, _P, _Po, _SN, _STe, _Us, _SMARA, _SMSI],
    [0, 2, 0, 1, 0, 1, 1, [() => SecretString, 0], 1, 0, 0, 0, 0, 0]
];
var GetTargetSelectionRulesMessage$ = [3, n0, _GTSRM,
    0,
    [_MPI, _SR],
    [0, 0], 2
];
var GetTargetSelectionRulesResponse$ = [3, n0, _GTSRR,
    0,
    [_TSR],
    [0]
];
var IbmDb2LuwDataProviderSettings$ = [3, n0, _IDLDPS,
    0,
    [_SN, _Po, _DN, _SM, _CA, _EAn, _SMe, _SPa, _SARAc],
    [0, 1, 0, 0, 0, 1, 1, 0, 0]
];
var IBMDb2Settings$ = [3, n0, _IBMDS,
    0,
    [_DN, _P, _Po, _SN, _SDCC, _CL, _MKBPR, _Us, _SMARA, _SMSI, _LT, _WBS, _MFS, _KCF],
    [0, [() => SecretString, 0], 1, 0, 2, 0, 1, 0, 0, 0, 1, 1, 1, 2]
];
var IbmDb2zOsDataProviderSettings$ = [3, n0, _IDODPS,
    0,
    [_SN, _Po, _DN, _SM, _CA, _SPa, _SARAc],
    [0, 1, 0, 0, 0, 0, 0]
];
var ImportCertificateMessage$ = [3, n0, _ICM,
    0,
    [_CI, _CP, _CW, _T, _KKI],
    [0, [() => SecretString, 0], 21, [() => TagList, 0], 0], 1
];
var ImportCertificateResponse$ = [3, n0, _ICR,
    0,
    [_Ce],
    [() => Certificate$]
];
var InstanceProfile$ = [3, n0, _IP,
    0,
    [_IPA, _AZ, _KKA, _PA, _NT, _IPN, _De, _IPCT, _SGI, _VSG],
    [0, 0, 0, 2, 0, 0, 0, 5, 0, 64 | 0]
];
var InventoryData$ = [3, n0, _ID,
    0,
    [_NOD, _NOS],
    [1, 1]
];
var KafkaSettings$ = [3, n0, _KSa,
    0,
    [_B, _Top, _MF, _ITD, _IPV, _PIST, _ITAO, _ICD, _MMB, _INAE, _SPe, _SCCA, _SCKA, _SCKP, _SCCAs, _SU, _SPas, _NHP, _SMa, _SEIA, _ULIV],
    [0, 0, 0, 2, 2, 2, 2, 2, 1, 2, 0, 0, 0, [() => SecretString, 0], 0, 0, [() => SecretString, 0], 2, 0, 0, 2]
];
var KerberosAuthenticationSettings$ = [3, n0, _KAS,
    0,
    [_KCSI, _KCSIA, _KFC],
    [0, 0, 0]
];
var KinesisSettings$ = [3, n0, _KS,
    0,
    [_SAt, _MF, _SARA, _ITD, _IPV, _PIST, _ITAO, _ICD, _INAE, _NHP, _ULIV],
    [0, 0, 0, 2, 2, 2, 2, 2, 2, 2, 2]
];
var LakehouseSettings$ = [3, n0, _LS,
    0,
    [_Ar],
    [0], 1
];
var Limitation$ = [3, n0, _Lim,
    0,
    [_DI, _EN, _N, _De, _I, _Ty],
    [0, 0, 0, 0, 0, 0]
];
var ListTagsForResourceMessage$ = [3, n0, _LTFRM,
    0,
    [_RA, _RAL],
    [0, 64 | 0]
];
var ListTagsForResourceResponse$ = [3, n0, _LTFRR,
    0,
    [_TLag],
    [[() => TagList, 0]]
];
var MariaDbDataProviderSettings$ = [3, n0, _MDDPS,
    0,
    [_SN, _Po, _SM, _CA, _SPa, _SARAc],
    [0, 1, 0, 0, 0, 0]
];
var MetadataModelReference$ = [3, n0, _MMR,
    0,
    [_MMN, _SR],
    [0, 0]
];
var MicrosoftSqlServerDataProviderSettings$ = [3, n0, _MSSDPS,
    0,
    [_SN, _Po, _DN, _SM, _CA, _SPa, _SARAc],
    [0, 1, 0, 0, 0, 0, 0]
];
var MicrosoftSQLServerSettings$ = [3, n0, _MSQLSS,
    0,
    [_Po, _BPS, _DN, _CTFG, _P, _QSAON, _RBO, _SPaf, _SN, _Us, _UBFL, _UTPBD, _SMARA, _SMSI, _TSIC, _TAM, _FLL, _AM],
    [1, 1, 0, 0, [() => SecretString, 0], 2, 2, 0, 0, 0, 2, 2, 0, 0, 2, 0, 2, 0]
];
var MigrationProject$ = [3, n0, _MP,
    0,
    [_MPN, _MPA, _MPCT, _SDPD, _TDPD, _IPA, _IPN, _TR, _De, _SCAA],
    [0, 0, 5, () => DataProviderDescriptorList, () => DataProviderDescriptorList, 0, 0, 0, 0, () => SCApplicationAttributes$]
];
var ModifyConversionConfigurationMessage$ = [3, n0, _MCCM,
    0,
    [_MPI, _CCo],
    [0, 0], 2
];
var ModifyConversionConfigurationResponse$ = [3, n0, _MCCR,
    0,
    [_MPI],
    [0]
];
var ModifyDataMigrationMessage$ = [3, n0, _MDMM,
    0,
    [_DMI, _DMN, _ECL, _SARA, _DMT, _SDS, _TDS, _NOJ, _SR],
    [0, 0, 2, 0, 0, () => SourceDataSettings, () => TargetDataSettings, 1, [() => SecretString, 0]], 1
];
var ModifyDataMigrationResponse$ = [3, n0, _MDMR,
    0,
    [_DM],
    [[() => DataMigration$, 0]]
];
var ModifyDataProviderMessage$ = [3, n0, _MDPM,
    0,
    [_DPI, _DPN, _De, _E, _V, _ESx, _Se],
    [0, 0, 0, 0, 2, 2, () => DataProviderSettings$], 1
];
var ModifyDataProviderResponse$ = [3, n0, _MDPR,
    0,
    [_DP],
    [() => DataProvider$]
];
var ModifyEndpointMessage$ = [3, n0, _MEM,
    0,
    [_EA, _EI, _ET, _EN, _Us, _P, _SN, _Po, _DN, _ECA, _CA, _SM, _SARA, _ETD, _DDS, _SSe, _DTS, _MDS, _KS, _KSa, _ES, _NS, _RS, _PSQLS, _MSQLS, _OS, _SSy, _MSQLSS, _IBMDS, _DDSo, _RSe, _ESx, _GMSQLS, _TS],
    [0, 0, 0, 0, 0, [() => SecretString, 0], 0, 1, 0, 0, 0, 0, 0, 0, () => DynamoDbSettings$, () => S3Settings$, () => DmsTransferSettings$, [() => MongoDbSettings$, 0], () => KinesisSettings$, [() => KafkaSettings$, 0], () => ElasticsearchSettings$, () => NeptuneSettings$, [() => RedshiftSettings$, 0], [() => PostgreSQLSettings$, 0], [() => MySQLSettings$, 0], [() => OracleSettings$, 0], [() => SybaseSettings$, 0], [() => MicrosoftSQLServerSettings$, 0], [() => IBMDb2Settings$, 0], [() => DocDbSettings$, 0], [() => RedisSettings$, 0], 2, [() => GcpMySQLSettings$, 0], () => TimestreamSettings$], 1
];
var ModifyEndpointResponse$ = [3, n0, _MER,
    0,
    [_En],
    [[() => Endpoint$, 0]]
];
var ModifyEventSubscriptionMessage$ = [3, n0, _MESM,
    0,
    [_SNu, _STA, _ST, _EC, _Ena],
    [0, 0, 0, [() => EventCategoriesList, 0], 2], 1
];
var ModifyEventSubscriptionResponse$ = [3, n0, _MESR,
    0,
    [_ESv],
    [[() => EventSubscription$, 0]]
];
var ModifyInstanceProfileMessage$ = [3, n0, _MIPM,
    0,
    [_IPI, _AZ, _KKA, _PA, _NT, _IPN, _De, _SGI, _VSG],
    [0, 0, 0, 2, 0, 0, 0, 0, 64 | 0], 1
];
var ModifyInstanceProfileResponse$ = [3, n0, _MIPR,
    0,
    [_IP],
    [() => InstanceProfile$]
];
var ModifyMigrationProjectMessage$ = [3, n0, _MMPM,
    0,
    [_MPI, _MPN, _SDPD, _TDPD, _IPI, _TR, _De, _SCAA],
    [0, 0, () => DataProviderDescriptorDefinitionList, () => DataProviderDescriptorDefinitionList, 0, 0, 0, () => SCApplicationAttributes$], 1
];
var ModifyMigrationProjectResponse$ = [3, n0, _MMPR,
    0,
    [_MP],
    [() => MigrationProject$]
];
var ModifyReplicationConfigMessage$ = [3, n0, _MRCM,
    0,
    [_RCA, _RCI, _RT, _TM, _RSep, _SSu, _CC, _SEA, _TEA],
    [0, 0, 0, 0, 0, 0, () => ComputeConfig$, 0, 0], 1
];
var ModifyReplicationConfigResponse$ = [3, n0, _MRCR,
    0,
    [_RC],
    [() => ReplicationConfig$]
];
var ModifyReplicationInstanceMessage$ = [3, n0, _MRIM,
    0,
    [_RIA, _AS, _AI, _RIC, _VSGI, _PMW, _MAZ, _EV, _AMVUl, _AMVU, _RII, _NT, _KAS],
    [0, 1, 2, 0, [() => VpcSecurityGroupIdList, 0], 0, 2, 0, 2, 2, 0, 0, () => KerberosAuthenticationSettings$], 1
];
var ModifyReplicationInstanceResponse$ = [3, n0, _MRIR,
    0,
    [_RIep],
    [[() => ReplicationInstance$, 0]]
];
var ModifyReplicationSubnetGroupMessage$ = [3, n0, _MRSGM,
    0,
    [_RSGIe, _SIu, _RSGD],
    [0, [() => SubnetIdentifierList, 0], 0], 2
];
var ModifyReplicationSubnetGroupResponse$ = [3, n0, _MRSGR,
    0,
    [_RSG],
    [[() => ReplicationSubnetGroup$, 0]]
];
var ModifyReplicationTaskMessage$ = [3, n0, _MRTM,
    0,
    [_RTA, _RTI, _MT, _TM, _RTS, _CST, _CSP, _CSPd, _TD],
    [0, 0, 0, 0, 0, 4, 0, 0, 0], 1
];
var ModifyReplicationTaskResponse$ = [3, n0, _MRTR,
    0,
    [_RTe],
    [() => ReplicationTask$]
];
var MongoDbDataProviderSettings$ = [3, n0, _MDDPSo,
    0,
    [_SN, _Po, _DN, _SM, _CA, _AT, _ASu, _AMu],
    [0, 1, 0, 0, 0, 0, 0, 0]
];
var MongoDbSettings$ = [3, n0, _MDS,
    0,
    [_Us, _P, _SN, _Po, _DN, _AT, _AMu, _NL, _EDI, _DTI, _ASu, _KKI, _SMARA, _SMSI, _UULU, _RSC],
    [0, [() => SecretString, 0], 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 2]
];
var MoveReplicationTaskMessage$ = [3, n0, _MRTMo,
    0,
    [_RTA, _TRIA],
    [0, 0], 2
];
var MoveReplicationTaskResponse$ = [3, n0, _MRTRo,
    0,
    [_RTe],
    [() => ReplicationTask$]
];
var MySqlDataProviderSettings$ = [3, n0, _MSDPS,
    0,
    [_SN, _Po, _SM, _CA, _SPa, _SARAc],
    [0, 1, 0, 0, 0, 0]
];
var MySQLSettings$ = [3, n0, _MSQLS,
    0,
    [_ACS, _CSMOM, _DN, _EPI, _TDT, _MFS, _PLT, _P, _Po, _SN, _STe, _Us, _SMARA, _SMSI, _ETx, _SARA, _AM],
    [0, 2, 0, 1, 0, 1, 1, [() => SecretString, 0], 1, 0, 0, 0, 0, 0, 1, 0, 0]
];
var NeptuneSettings$ = [3, n0, _NS,
    0,
    [_SBN, _SBF, _SARA, _ERD, _MFS, _MRC, _IAE],
    [0, 0, 0, 1, 1, 1, 2], 2
];
var OracleDataProviderSettings$ = [3, n0, _ODPS,
    0,
    [_SN, _Po, _DN, _SM, _CA, _ASs, _SMOASI, _SMOAARA, _SMSDESI, _SMSDEARA, _SPa, _SARAc],
    [0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]
];
var OracleSettings$ = [3, n0, _OS,
    0,
    [_ASL, _ALDI, _AALDI, _EALDI, _ASNT, _PART, _RAB, _AAD, _UAFFO, _OPP, _UPP, _RPP, _EHT, _DPNL, _ALO, _AP, _ASs, _AUs, _CLS, _DN, _DPPL, _FTOLT, _NDS, _P, _Po, _RTSN, _RIet, _SDE, _SDEN, _SN, _SDOTGJFN, _SDT, _Us, _UBF, _UDPFL, _ULR, _SMARA, _SMSI, _SMOAARA, _SMOASI, _TSIC, _CTWZTUTC, _OTW, _AM],
    [2, 1, 1, 64 | 1, 2, 1, 1, 2, 2, 0, 0, 2, 2, 2, 2, [() => SecretString, 0], 0, 0, 0, 0, 2, 2, 1, [() => SecretString, 0], 1, 2, 1, [() => SecretString, 0], 0, 0, 0, 1, 0, 2, 2, 2, 0, 0, 0, 0, 2, 2, 1, 0]
];
var OrderableReplicationInstance$ = [3, n0, _ORIr,
    0,
    [_EV, _RIC, _STtor, _MAS, _MASa, _DAS, _IAS, _AZv, _RSel],
    [0, 0, 0, 1, 1, 1, 1, 64 | 0, 0]
];
var PendingMaintenanceAction$ = [3, n0, _PMAe,
    0,
    [_Ac, _AAAD, _FAD, _OIS, _CAD, _De],
    [0, 4, 4, 0, 4, 0]
];
var PostgreSqlDataProviderSettings$ = [3, n0, _PSDPS,
    0,
    [_SN, _Po, _DN, _SM, _CA, _SPa, _SARAc],
    [0, 1, 0, 0, 0, 0, 0]
];
var PostgreSQLSettings$ = [3, n0, _PSQLS,
    0,
    [_ACS, _CDa, _MFS, _DN, _DASd, _ETx, _FTOLT, _HE, _HS, _HF, _P, _Po, _SN, _Us, _SNl, _PN, _SMARA, _SMSI, _TSIC, _MBAB, _MJAC, _MLVA, _DMat, _BDN, _DUSF, _SARA, _AM],
    [0, 2, 1, 0, 0, 1, 2, 2, 0, 1, [() => SecretString, 0], 1, 0, 0, 0, 0, 0, 0, 2, 2, 2, 0, 0, 0, 2, 0, 0]
];
var PremigrationAssessmentStatus$ = [3, n0, _PAS,
    0,
    [_PARA, _FOAF, _S, _PARCD, _APs, _LFM, _RLB, _RLF, _REM, _RKKA, _RSes],
    [0, 2, 0, 4, () => ReplicationTaskAssessmentRunProgress$, 0, 0, 0, 0, 0, () => ReplicationTaskAssessmentRunResultStatistic$]
];
var ProcessedObject$ = [3, n0, _PO,
    0,
    [_N, _Ty, _ET],
    [0, 0, 0]
];
var Progress$ = [3, n0, _Pr,
    0,
    [_PP, _TO, _PS, _PO],
    [1, 1, 0, () => ProcessedObject$]
];
var ProvisionData$ = [3, n0, _PD,
    0,
    [_PSr, _PCU, _DPat, _INPA, _DNPDA, _RFNPD],
    [0, 1, 4, 2, 4, 0]
];
var RdsConfiguration$ = [3, n0, _RCd,
    0,
    [_EEn, _IT, _IV, _IM, _STtor, _SSt, _SIt, _DO, _EV],
    [0, 0, 1, 1, 0, 1, 1, 0, 0]
];
var RdsRecommendation$ = [3, n0, _RR,
    0,
    [_RTT, _TC],
    [() => RdsRequirements$, () => RdsConfiguration$]
];
var RdsRequirements$ = [3, n0, _RRd,
    0,
    [_EEn, _IV, _IM, _SSt, _SIt, _DO, _EV],
    [0, 1, 1, 1, 1, 0, 0]
];
var RebootReplicationInstanceMessage$ = [3, n0, _RRIM,
    0,
    [_RIA, _FF, _FPF],
    [0, 2, 2], 1
];
var RebootReplicationInstanceResponse$ = [3, n0, _RRIR,
    0,
    [_RIep],
    [[() => ReplicationInstance$, 0]]
];
var Recommendation$ = [3, n0, _Reco,
    0,
    [_DI, _EN, _CD, _S, _Pre, _Se, _D],
    [0, 0, 0, 0, 2, () => RecommendationSettings$, () => RecommendationData$]
];
var RecommendationData$ = [3, n0, _RDe,
    0,
    [_RE],
    [() => RdsRecommendation$]
];
var RecommendationSettings$ = [3, n0, _RSec,
    0,
    [_IST, _WT],
    [0, 0], 2
];
var RedisSettings$ = [3, n0, _RSe,
    0,
    [_SN, _Po, _SSP, _AT, _AUN, _APu, _SCCAs],
    [0, 1, 0, 0, 0, [() => SecretString, 0], 0], 2
];
var RedshiftDataProviderSettings$ = [3, n0, _RDPS,
    0,
    [_SN, _Po, _DN, _SPa, _SARAc],
    [0, 1, 0, 0, 0]
];
var RedshiftSettings$ = [3, n0, _RS,
    0,
    [_AADc, _ACS, _BF, _BN, _CSN, _CU, _CT, _DN, _DF, _EAN, _EM, _EIxp, _FTUS, _LT, _MFS, _P, _Po, _RQ, _RICe, _RCep, _SN, _SARA, _SSEKKI, _TF, _TB, _TCr, _Us, _WBS, _SMARA, _SMSI, _MBAB],
    [2, 0, 0, 0, 2, 2, 1, 0, 0, 2, 0, 2, 1, 1, 1, [() => SecretString, 0], 1, 2, 0, 0, 0, 0, 0, 0, 2, 2, 0, 1, 0, 0, 2]
];
var RefreshSchemasMessage$ = [3, n0, _RSM,
    0,
    [_EA, _RIA],
    [0, 0], 2
];
var RefreshSchemasResponse$ = [3, n0, _RSR,
    0,
    [_RSS],
    [() => RefreshSchemasStatus$]
];
var RefreshSchemasStatus$ = [3, n0, _RSS,
    0,
    [_EA, _RIA, _S, _LRD, _LFM],
    [0, 0, 0, 4, 0]
];
var ReloadReplicationTablesMessage$ = [3, n0, _RRTM,
    0,
    [_RCA, _TTR, _RO],
    [0, () => TableListToReload, 0], 2
];
var ReloadReplicationTablesResponse$ = [3, n0, _RRTR,
    0,
    [_RCA],
    [0]
];
var ReloadTablesMessage$ = [3, n0, _RTM,
    0,
    [_RTA, _TTR, _RO],
    [0, () => TableListToReload, 0], 2
];
var ReloadTablesResponse$ = [3, n0, _RTR,
    0,
    [_RTA],
    [0]
];
var RemoveTagsFromResourceMessage$ = [3, n0, _RTFRM,
    0,
    [_RA, _TK],
    [0, 64 | 0], 2
];
var RemoveTagsFromResourceResponse$ = [3, n0, _RTFRR,
    0,
    [],
    []
];
var Replication$ = [3, n0, _Repl,
    0,
    [_RCI, _RCA, _SEA, _TEA, _RT, _S, _PD, _PASr, _SRt, _FM, _RSepl, _SRT, _CST, _CSP, _CSPd, _RCec, _RCT, _RUT, _RLST, _RDT, _IRO],
    [0, 0, 0, 0, 0, 0, () => ProvisionData$, () => PremigrationAssessmentStatusList, 0, 64 | 0, () => ReplicationStats$, 0, 4, 0, 0, 0, 4, 4, 4, 4, 2]
];
var ReplicationConfig$ = [3, n0, _RC,
    0,
    [_RCI, _RCA, _SEA, _TEA, _RT, _CC, _RSep, _SSu, _TM, _RCCT, _RCUT, _IRO],
    [0, 0, 0, 0, 0, () => ComputeConfig$, 0, 0, 0, 4, 4, 2]
];
var ReplicationInstance$ = [3, n0, _RIep,
    0,
    [_RII, _RIC, _RIS, _AS, _ICT, _VSG, _AZ, _RSG, _PMW, _PMV, _MAZ, _EV, _AMVU, _KKI, _RIA, _RIPIA, _RIPIAe, _RIPIAep, _RIPIAepl, _RIIA, _PA, _SAZ, _FU, _DNS, _NT, _KAS],
    [0, 0, 0, 1, 4, [() => VpcSecurityGroupMembershipList, 0], 0, [() => ReplicationSubnetGroup$, 0], 0, () => ReplicationPendingModifiedValues$, 2, 0, 2, 0, 0, 0, 0, 64 | 0, 64 | 0, 64 | 0, 2, 0, 4, 0, 0, () => KerberosAuthenticationSettings$]
];
var ReplicationInstanceTaskLog$ = [3, n0, _RITLe,
    0,
    [_RTN, _RTA, _RITLS],
    [0, 0, 1]
];
var ReplicationPendingModifiedValues$ = [3, n0, _RPMV,
    0,
    [_RIC, _AS, _MAZ, _EV, _NT],
    [0, 1, 2, 0, 0]
];
var ReplicationStats$ = [3, n0, _RSepl,
    0,
    [_FLPP, _ETM, _TL, _TLa, _TQ, _TE, _FSD, _SDt, _SDto, _FLSD, _FLFD],
    [1, 1, 1, 1, 1, 1, 4, 4, 4, 4, 4]
];
var ReplicationSubnetGroup$ = [3, n0, _RSG,
    0,
    [_RSGIe, _RSGD, _VI, _SGS, _Su, _SNT, _IRO],
    [0, 0, 0, 0, [() => SubnetList, 0], 64 | 0, 2]
];
var ReplicationTask$ = [3, n0, _RTe,
    0,
    [_RTI, _SEA, _TEA, _RIA, _MT, _TM, _RTS, _S, _LFM, _SRt, _RTCD, _RTSD, _CSP, _CSPd, _RCec, _RTA, _RTSep, _TD, _TRIA],
    [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 4, 4, 0, 0, 0, 0, () => ReplicationTaskStats$, 0, 0]
];
var ReplicationTaskAssessmentResult$ = [3, n0, _RTARepl,
    0,
    [_RTI, _RTA, _RTLAD, _ASss, _ARF, _AR, _SOU],
    [0, 0, 4, 0, 0, 0, [() => SecretString, 0]]
];
var ReplicationTaskAssessmentRun$ = [3, n0, _RTAR,
    0,
    [_RTARA, _RTA, _S, _RTARCD, _APs, _LFM, _SARA, _RLB, _RLF, _REM, _RKKA, _ARN, _ILTAR, _RSes],
    [0, 0, 0, 4, () => ReplicationTaskAssessmentRunProgress$, 0, 0, 0, 0, 0, 0, 0, 2, () => ReplicationTaskAssessmentRunResultStatistic$]
];
var ReplicationTaskAssessmentRunProgress$ = [3, n0, _RTARP,
    0,
    [_IAC, _IACC],
    [1, 1]
];
var ReplicationTaskAssessmentRunResultStatistic$ = [3, n0, _RTARRS,
    0,
    [_Pa, _Fa, _Er, _W, _Ca, _Sk],
    [1, 1, 1, 1, 1, 1]
];
var ReplicationTaskIndividualAssessment$ = [3, n0, _RTIAe,
    0,
    [_RTIAA, _RTARA, _IANn, _S, _RTIASD],
    [0, 0, 0, 0, 4]
];
var ReplicationTaskStats$ = [3, n0, _RTSep,
    0,
    [_FLPP, _ETM, _TL, _TLa, _TQ, _TE, _FSD, _SDt, _SDto, _FLSD, _FLFD],
    [1, 1, 1, 1, 1, 1, 4, 4, 4, 4, 4]
];
var ResourcePendingMaintenanceActions$ = [3, n0, _RPMA,
    0,
    [_RIe, _PMAD],
    [0, [() => PendingMaintenanceActionDetails, 0]]
];
var RunFleetAdvisorLsaAnalysisResponse$ = [3, n0, _RFALAR,
    0,
    [_LAI, _S],
    [0, 0]
];
var S3Settings$ = [3, n0, _SSe,
    0,
    [_SARA, _ETD, _CRD, _CDs, _BF, _BN, _CTo, _EM, _SSEKKI, _DFa, _ETnc, _DPSL, _RGL, _DPS, _PV, _ESna, _IOFFL, _CIO, _TCN, _PTIM, _CIAU, _DPE, _DPSa, _DPDa, _UCNSV, _CNSV, _PT, _CPd, _UTSTFFLT, _CAFO, _ACN, _CMBI, _CMFS, _CNV, _IHR, _MFS, _Rf, _DPT, _ATPC, _EBO, _GCG],
    [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 0, 2, 2, 2, 0, 2, 2, 2, 0, 0, 2, 0, 2, 0, 2, 0, 2, 1, 1, 0, 1, 1, 2, 0, 2, 0, 2]
];
var SCApplicationAttributes$ = [3, n0, _SCAAp,
    0,
    [_SBP, _SBRA],
    [0, 0]
];
var SchemaConversionRequest$ = [3, n0, _SCR,
    0,
    [_S, _RI, _MPA, _Er, _ESD, _Pr],
    [0, 0, 0, () => ErrorDetails$, () => ExportSqlDetails$, () => Progress$]
];
var SchemaResponse$ = [3, n0, _SRc,
    0,
    [_CLC, _CSo, _Com, _Ser, _DIat, _SIc, _SNc, _OSr, _Si],
    [1, 1, 0, () => ServerShortInfoResponse$, () => DatabaseShortInfoResponse$, 0, 0, () => SchemaShortInfoResponse$, 1]
];
var SchemaShortInfoResponse$ = [3, n0, _SSIR,
    0,
    [_SIc, _SNc, _DI, _DN, _DIA],
    [0, 0, 0, 0, 0]
];
var ServerShortInfoResponse$ = [3, n0, _SSIRe,
    0,
    [_SIe, _IA, _SN],
    [0, 0, 0]
];
var SourceDataSetting$ = [3, n0, _SDSo,
    0,
    [_CDCSP, _CDCST, _CDCSTt, _SNl],
    [0, 5, 5, 0]
];
var StartDataMigrationMessage$ = [3, n0, _SDMM,
    0,
    [_DMI, _STta],
    [0, 0], 2
];
var StartDataMigrationResponse$ = [3, n0, _SDMR,
    0,
    [_DM],
    [[() => DataMigration$, 0]]
];
var StartExtensionPackAssociationMessage$ = [3, n0, _SEPAM,
    0,
    [_MPI],
    [0], 1
];
var StartExtensionPackAssociationResponse$ = [3, n0, _SEPAR,
    0,
    [_RI],
    [0]
];
var StartMetadataModelAssessmentMessage$ = [3, n0, _SMMAM,
    0,
    [_MPI, _SR],
    [0, 0], 2
];
var StartMetadataModelAssessmentResponse$ = [3, n0, _SMMAR,
    0,
    [_RI],
    [0]
];
var StartMetadataModelConversionMessage$ = [3, n0, _SMMCM,
    0,
    [_MPI, _SR],
    [0, 0], 2
];
var StartMetadataModelConversionResponse$ = [3, n0, _SMMCR,
    0,
    [_RI],
    [0]
];
var StartMetadataModelCreationMessage$ = [3, n0, _SMMCMt,
    0,
    [_MPI, _SR, _MMN, _Pro],
    [0, 0, 0, () => MetadataModelProperties$], 4
];
var StartMetadataModelCreationResponse$ = [3, n0, _SMMCRt,
    0,
    [_RI],
    [0]
];
var StartMetadataModelExportAsScriptMessage$ = [3, n0, _SMMEASM,
    0,
    [_MPI, _SR, _O, _FN],
    [0, 0, 0, 0], 3
];
var StartMetadataModelExportAsScriptResponse$ = [3, n0, _SMMEASR,
    0,
    [_RI],
    [0]
];
var StartMetadataModelExportToTargetMessage$ = [3, n0, _SMMETTM,
    0,
    [_MPI, _SR, _OEP],
    [0, 0, 2], 2
];
var StartMetadataModelExportToTargetResponse$ = [3, n0, _SMMETTR,
    0,
    [_RI],
    [0]
];
var StartMetadataModelImportMessage$ = [3, n0, _SMMIM,
    0,
    [_MPI, _SR, _O, _Ref],
    [0, 0, 0, 2], 3
];
var StartMetadataModelImportResponse$ = [3, n0, _SMMIR,
    0,
    [_RI],
    [0]
];
var StartRecommendationsRequest$ = [3, n0, _SRR,
    0,
    [_DI, _Se],
    [0, () => RecommendationSettings$], 2
];
var StartRecommendationsRequestEntry$ = [3, n0, _SRRE,
    0,
    [_DI, _Se],
    [0, () => RecommendationSettings$], 2
];
var StartReplicationMessage$ = [3, n0, _SRM,
    0,
    [_RCA, _SRT, _PASre, _CST, _CSP, _CSPd],
    [0, 0, 0, 4, 0, 0], 2
];
var StartReplicationResponse$ = [3, n0, _SRRt,
    0,
    [_Repl],
    [() => Replication$]
];
var StartReplicationTaskAssessmentMessage$ = [3, n0, _SRTAM,
    0,
    [_RTA],
    [0], 1
];
var StartReplicationTaskAssessmentResponse$ = [3, n0, _SRTAR,
    0,
    [_RTe],
    [() => ReplicationTask$]
];
var StartReplicationTaskAssessmentRunMessage$ = [3, n0, _SRTARM,
    0,
    [_RTA, _SARA, _RLB, _ARN, _RLF, _REM, _RKKA, _IO, _Ex, _T],
    [0, 0, 0, 0, 0, 0, 0, 64 | 0, 64 | 0, [() => TagList, 0]], 4
];
var StartReplicationTaskAssessmentRunResponse$ = [3, n0, _SRTARR,
    0,
    [_RTAR],
    [() => ReplicationTaskAssessmentRun$]
];
var StartReplicationTaskMessage$ = [3, n0, _SRTM,
    0,
    [_RTA, _SRTT, _CST, _CSP, _CSPd],
    [0, 0, 4, 0, 0], 2
];
var StartReplicationTaskResponse$ = [3, n0, _SRTR,
    0,
    [_RTe],
    [() => ReplicationTask$]
];
var StatementProperties$ = [3, n0, _SPt,
    0,
    [_Def],
    [0], 1
];
var StopDataMigrationMessage$ = [3, n0, _SDMMt,
    0,
    [_DMI],
    [0], 1
];
var StopDataMigrationResponse$ = [3, n0, _SDMRt,
    0,
    [_DM],
    [[() => DataMigration$, 0]]
];
var StopReplicationMessage$ = [3, n0, _SRMt,
    0,
    [_RCA],
    [0], 1
];
var StopReplicationResponse$ = [3, n0, _SRRto,
    0,
    [_Repl],
    [() => Replication$]
];
var StopReplicationTaskMessage$ = [3, n0, _SRTMt,
    0,
    [_RTA],
    [0], 1
];
var StopReplicationTaskResponse$ = [3, n0, _SRTRt,
    0,
    [_RTe],
    [() => ReplicationTask$]
];
var Subnet$ = [3, n0, _Sub,
    0,
    [_SIub, _SAZu, _SSub],
    [0, () => AvailabilityZone$, 0]
];
var SupportedEndpointType$ = [3, n0, _SETu,
    0,
    [_EN, _SCDC, _ET, _RIEMV, _EDN],
    [0, 2, 0, 0, 0]
];
var SybaseAseDataProviderSettings$ = [3, n0, _SADPS,
    0,
    [_SN, _Po, _DN, _SM, _EP, _CA],
    [0, 1, 0, 0, 2, 0]
];
var SybaseSettings$ = [3, n0, _SSy,
    0,
    [_DN, _P, _Po, _SN, _Us, _SMARA, _SMSI],
    [0, [() => SecretString, 0], 1, 0, 0, 0, 0]
];
var TableStatistics$ = [3, n0, _TSa,
    0,
    [_SNc, _TN, _In, _Del, _Up, _Dd, _AIp, _AD, _AUp, _ADp, _FLR, _FLCCFR, _FLER, _FLST, _FLET, _FLRu, _LUT, _TSab, _VPR, _VFR, _VSR, _VSa, _VSD, _RSesy, _RRA, _RRS, _RRF, _RP],
    [0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 4, 4, 2, 4, 0, 1, 1, 1, 0, 0, 0, 1, 1, 1, 1]
];
var TableToReload$ = [3, n0, _TTRa,
    0,
    [_SNc, _TN],
    [0, 0], 2
];
var Tag$ = [3, n0, _Ta,
    0,
    [_K, _Val, _RA],
    [0, 0, 0]
];
var TargetDataSetting$ = [3, n0, _TDSa,
    0,
    [_TPM],
    [0]
];
var TestConnectionMessage$ = [3, n0, _TCM,
    0,
    [_RIA, _EA],
    [0, 0], 2
];
var TestConnectionResponse$ = [3, n0, _TCR,
    0,
    [_Co],
    [() => Connection$]
];
var TimestreamSettings$ = [3, n0, _TS,
    0,
    [_DN, _MDe, _MDa, _CIAU, _EMSW],
    [0, 1, 1, 2, 2], 3
];
var UpdateSubscriptionsToEventBridgeMessage$ = [3, n0, _USTEBM,
    0,
    [_FMo],
    [2]
];
var UpdateSubscriptionsToEventBridgeResponse$ = [3, n0, _USTEBR,
    0,
    [_Res],
    [0]
];
var VpcSecurityGroupMembership$ = [3, n0, _VSGM,
    0,
    [_VSGIp, _S],
    [0, 0]
];
var __Unit = "unit";
var AccountQuotaList = [1, n0, _AQL,
    0, [() => AccountQuota$,
        { [_xN]: _AQ }]
];
var BatchStartRecommendationsErrorEntryList = [1, n0, _BSREEL,
    0, () => BatchStartRecommendationsErrorEntry$
];
var CertificateList = [1, n0, _CLe,
    0, [() => Certificate$,
        { [_xN]: _Ce }]
];
var CollectorResponses = [1, n0, _CRo,
    0, () => CollectorResponse$
];
var CollectorsList = [1, n0, _CLo,
    0, () => CollectorShortInfoResponse$
];
var ConnectionList = [1, n0, _CLon,
    0, [() => Connection$,
        { [_xN]: _Co }]
];
var DatabaseList = [1, n0, _DL,
    0, () => DatabaseResponse$
];
var DataMigrations = [1, n0, _DMa,
    0, [() => DataMigration$,
        0]
];
var DataProviderDescriptorDefinitionList = [1, n0, _DPDDL,
    0, () => DataProviderDescriptorDefinition$
];
var DataProviderDescriptorList = [1, n0, _DPDL,
    0, () => DataProviderDescriptor$
];
var DataProviderList = [1, n0, _DPL,
    0, [() => DataProvider$,
        { [_xN]: _DP }]
];
var EndpointList = [1, n0, _EL,
    0, [() => Endpoint$,
        { [_xN]: _En }]
];
var EndpointSettingsList = [1, n0, _ESLn,
    0, () => EndpointSetting$
];
var EngineVersionList = [1, n0, _EVL,
    0, [() => EngineVersion$,
        { [_xN]: _EV }]
];
var EventCategoriesList = [1, n0, _ECLv,
    0, [0,
        { [_xN]: _ECv }]
];
var EventCategoryGroupList = [1, n0, _ECGL,
    0, [() => EventCategoryGroup$,
        { [_xN]: _ECG }]
];
var EventList = [1, n0, _ELv,
    0, [() => Event$,
        { [_xN]: _Eve }]
];
var EventSubscriptionsList = [1, n0, _ESL,
    0, [() => EventSubscription$,
        { [_xN]: _ESv }]
];
var FilterList = [1, n0, _FL,
    0, [() => Filter$,
        { [_xN]: _Fi }]
];
var FilterValueList = [1, n0, _FVL,
    0, [0,
        { [_xN]: _Val }]
];
var FleetAdvisorLsaAnalysisResponseList = [1, n0, _FALARL,
    0, () => FleetAdvisorLsaAnalysisResponse$
];
var FleetAdvisorSchemaList = [1, n0, _FASL,
    0, () => SchemaResponse$
];
var FleetAdvisorSchemaObjectList = [1, n0, _FASOL,
    0, () => FleetAdvisorSchemaObjectResponse$
];
var InstanceProfileList = [1, n0, _IPL,
    0, [() => InstanceProfile$,
        { [_xN]: _IP }]
];
var LimitationList = [1, n0, _LL,
    0, () => Limitation$
];
var MetadataModelReferenceList = [1, n0, _MMRL,
    0, () => MetadataModelReference$
];
var MigrationProjectList = [1, n0, _MPL,
    0, [() => MigrationProject$,
        { [_xN]: _MP }]
];
var OrderableReplicationInstanceList = [1, n0, _ORIL,
    0, [() => OrderableReplicationInstance$,
        { [_xN]: _ORIr }]
];
var PendingMaintenanceActionDetails = [1, n0, _PMAD,
    0, [() => PendingMaintenanceAction$,
        { [_xN]: _PMAe }]
];
var PendingMaintenanceActions = [1, n0, _PMA,
    0, [() => ResourcePendingMaintenanceActions$,
        { [_xN]: _RPMA }]
];
var PremigrationAssessmentStatusList = [1, n0, _PASL,
    0, () => PremigrationAssessmentStatus$
];
var PublicIpAddressList = [1, n0, _PIAL,
    8, 0
];
var RecommendationList = [1, n0, _RL,
    0, () => Recommendation$
];
var ReplicationConfigList = [1, n0, _RCL,
    0, [() => ReplicationConfig$,
        { [_xN]: _RC }]
];
var ReplicationInstanceList = [1, n0, _RIL,
    0, [() => ReplicationInstance$,
        { [_xN]: _RIep }]
];
var ReplicationInstanceTaskLogsList = [1, n0, _RITLL,
    0, () => ReplicationInstanceTaskLog$
];
var ReplicationList = [1, n0, _RLe,
    0, [() => Replication$,
        { [_xN]: _Repl }]
];
var ReplicationSubnetGroups = [1, n0, _RSGe,
    0, [() => ReplicationSubnetGroup$,
        { [_xN]: _RSG }]
];
var ReplicationTableStatisticsList = [1, n0, _RTSL,
    0, () => TableStatistics$
];
var ReplicationTaskAssessmentResultList = [1, n0, _RTARL,
    0, [() => ReplicationTaskAssessmentResult$,
        { [_xN]: _RTARepl }]
];
var ReplicationTaskAssessmentRunList = [1, n0, _RTARLe,
    0, () => ReplicationTaskAssessmentRun$
];
var ReplicationTaskIndividualAssessmentList = [1, n0, _RTIAL,
    0, () => ReplicationTaskIndividualAssessment$
];
var ReplicationTaskList = [1, n0, _RTL,
    0, [() => ReplicationTask$,
        { [_xN]: _RTe }]
];
var SchemaConversionRequestList = [1, n0, _SCRL,
    0, () => SchemaConversionRequest$
];
var SourceDataSettings = [1, n0, _SDS,
    0, () => SourceDataSetting$
];
var SourceIdsList = [1, n0, _SIL,
    0, [0,
        { [_xN]: _SIou }]
];
var StartRecommendationsRequestEntryList = [1, n0, _SRREL,
    0, () => StartRecommendationsRequestEntry$
];
var SubnetIdentifierList = [1, n0, _SILu,
    0, [0,
        { [_xN]: _SIub }]
];
var SubnetList = [1, n0, _SLu,
    0, [() => Subnet$,
        { [_xN]: _Sub }]
];
var SupportedEndpointTypeList = [1, n0, _SETL,
    0, [() => SupportedEndpointType$,
        { [_xN]: _SETu }]
];
var TableListToReload = [1, n0, _TLTR,
    0, () => TableToReload$
];
var TableStatisticsList = [1, n0, _TSL,
    0, () => TableStatistics$
];
var TagList = [1, n0, _TLag,
    0, [() => Tag$,
        { [_xN]: _Ta }]
];
var TargetDataSettings = [1, n0, _TDS,
    0, () => TargetDataSetting$
];
var VpcSecurityGroupIdList = [1, n0, _VSGIL,
    0, [0,
        { [_xN]: _VSGIp }]
];
var VpcSecurityGroupMembershipList = [1, n0, _VSGML,
    0, [() => VpcSecurityGroupMembership$,
        { [_xN]: _VSGM }]
];
var DataProviderSettings$ = [4, n0, _DPSat,
    0,
    [_RS, _PSS, _MSS, _OS, _SAS, _MSSS, _DDSo, _MDSa, _IDLS, _IDOS, _MDS],
    [() => RedshiftDataProviderSettings$, () => PostgreSqlDataProviderSettings$, () => MySqlDataProviderSettings$, () => OracleDataProviderSettings$, () => SybaseAseDataProviderSettings$, () => MicrosoftSqlServerDataProviderSettings$, () => DocDbDataProviderSettings$, () => MariaDbDataProviderSettings$, () => IbmDb2LuwDataProviderSettings$, () => IbmDb2zOsDataProviderSettings$, () => MongoDbDataProviderSettings$]
];
var ErrorDetails$ = [4, n0, _ED,
    0,
    [_dED],
    [() => DefaultErrorDetails$]
];
var MetadataModelProperties$ = [4, n0, _MMP,
    0,
    [_SPt],
    [() => StatementProperties$]
];
var AddTagsToResource$ = [9, n0, _ATTR,
    0, () => AddTagsToResourceMessage$, () => AddTagsToResourceResponse$
];
var ApplyPendingMaintenanceAction$ = [9, n0, _APMA,
    0, () => ApplyPendingMaintenanceActionMessage$, () => ApplyPendingMaintenanceActionResponse$
];
var BatchStartRecommendations$ = [9, n0, _BSR,
    0, () => BatchStartRecommendationsRequest$, () => BatchStartRecommendationsResponse$
];
var CancelMetadataModelConversion$ = [9, n0, _CMMC,
    0, () => CancelMetadataModelConversionMessage$, () => CancelMetadataModelConversionResponse$
];
var CancelMetadataModelCreation$ = [9, n0, _CMMCa,
    0, () => CancelMetadataModelCreationMessage$, () => CancelMetadataModelCreationResponse$
];
var CancelReplicationTaskAssessmentRun$ = [9, n0, _CRTAR,
    0, () => CancelReplicationTaskAssessmentRunMessage$, () => CancelReplicationTaskAssessmentRunResponse$
];
var CreateDataMigration$ = [9, n0, _CDM,
    0, () => CreateDataMigrationMessage$, () => CreateDataMigrationResponse$
];
var CreateDataProvider$ = [9, n0, _CDP,
    0, () => CreateDataProviderMessage$, () => CreateDataProviderResponse$
];
var CreateEndpoint$ = [9, n0, _CE,
    0, () => CreateEndpointMessage$, () => CreateEndpointResponse$
];
var CreateEventSubscription$ = [9, n0, _CES,
    0, () => CreateEventSubscriptionMessage$, () => CreateEventSubscriptionResponse$
];
var CreateFleetAdvisorCollector$ = [9, n0, _CFAC,
    0, () => CreateFleetAdvisorCollectorRequest$, () => CreateFleetAdvisorCollectorResponse$
];
var CreateInstanceProfile$ = [9, n0, _CIP,
    0, () => CreateInstanceProfileMessage$, () => CreateInstanceProfileResponse$
];
var CreateMigrationProject$ = [9, n0, _CMP,
    0, () => CreateMigrationProjectMessage$, () => CreateMigrationProjectResponse$
];
var CreateReplicationConfig$ = [9, n0, _CRC,
    0, () => CreateReplicationConfigMessage$, () => CreateReplicationConfigResponse$
];
var CreateReplicationInstance$ = [9, n0, _CRIr,
    0, () => CreateReplicationInstanceMessage$, () => CreateReplicationInstanceResponse$
];
var CreateReplicationSubnetGroup$ = [9, n0, _CRSG,
    0, () => CreateReplicationSubnetGroupMessage$, () => CreateReplicationSubnetGroupResponse$
];
var CreateReplicationTask$ = [9, n0, _CRT,
    0, () => CreateReplicationTaskMessage$, () => CreateReplicationTaskResponse$
];
var DeleteCertificate$ = [9, n0, _DC,
    0, () => DeleteCertificateMessage$, () => DeleteCertificateResponse$
];
var DeleteConnection$ = [9, n0, _DCe,
    0, () => DeleteConnectionMessage$, () => DeleteConnectionResponse$
];
var DeleteDataMigration$ = [9, n0, _DDM,
    0, () => DeleteDataMigrationMessage$, () => DeleteDataMigrationResponse$
];
var DeleteDataProvider$ = [9, n0, _DDP,
    0, () => DeleteDataProviderMessage$, () => DeleteDataProviderResponse$
];
var DeleteEndpoint$ = [9, n0, _DEe,
    0, () => DeleteEndpointMessage$, () => DeleteEndpointResponse$
];
var DeleteEventSubscription$ = [9, n0, _DES,
    0, () => DeleteEventSubscriptionMessage$, () => DeleteEventSubscriptionResponse$
];
var DeleteFleetAdvisorCollector$ = [9, n0, _DFAC,
    0, () => DeleteCollectorRequest$, () => __Unit
];
var DeleteFleetAdvisorDatabases$ = [9, n0, _DFAD,
    0, () => DeleteFleetAdvisorDatabasesRequest$, () => DeleteFleetAdvisorDatabasesResponse$
];
var DeleteInstanceProfile$ = [9, n0, _DIP,
    0, () => DeleteInstanceProfileMessage$, () => DeleteInstanceProfileResponse$
];
var DeleteMigrationProject$ = [9, n0, _DMP,
    0, () => DeleteMigrationProjectMessage$, () => DeleteMigrationProjectResponse$
];
var DeleteReplicationConfig$ = [9, n0, _DRC,
    0, () => DeleteReplicationConfigMessage$, () => DeleteReplicationConfigResponse$
];
var DeleteReplicationInstance$ = [9, n0, _DRI,
    0, () => DeleteReplicationInstanceMessage$, () => DeleteReplicationInstanceResponse$
];
var DeleteReplicationSubnetGroup$ = [9, n0, _DRSG,
    0, () => DeleteReplicationSubnetGroupMessage$, () => DeleteReplicationSubnetGroupResponse$
];
var DeleteReplicationTask$ = [9, n0, _DRT,
    0, () => DeleteReplicationTaskMessage$, () => DeleteReplicationTaskResponse$
];
var DeleteReplicationTaskAssessmentRun$ = [9, n0, _DRTAR,
    0, () => DeleteReplicationTaskAssessmentRunMessage$, () => DeleteReplicationTaskAssessmentRunResponse$
];
var DescribeAccountAttributes$ = [9, n0, _DAA,
    0, () => DescribeAccountAttributesMessage$, () => DescribeAccountAttributesResponse$
];
var DescribeApplicableIndividualAssessments$ = [9, n0, _DAIA,
    0, () => DescribeApplicableIndividualAssessmentsMessage$, () => DescribeApplicableIndividualAssessmentsResponse$
];
var DescribeCertificates$ = [9, n0, _DCes,
    0, () => DescribeCertificatesMessage$, () => DescribeCertificatesResponse$
];
var DescribeConnections$ = [9, n0, _DCesc,
    0, () => DescribeConnectionsMessage$, () => DescribeConnectionsResponse$
];
var DescribeConversionConfiguration$ = [9, n0, _DCC,
    0, () => DescribeConversionConfigurationMessage$, () => DescribeConversionConfigurationResponse$
];
var DescribeDataMigrations$ = [9, n0, _DDMe,
    0, () => DescribeDataMigrationsMessage$, () => DescribeDataMigrationsResponse$
];
var DescribeDataProviders$ = [9, n0, _DDPe,
    0, () => DescribeDataProvidersMessage$, () => DescribeDataProvidersResponse$
];
var DescribeEndpoints$ = [9, n0, _DEes,
    0, () => DescribeEndpointsMessage$, () => DescribeEndpointsResponse$
];
var DescribeEndpointSettings$ = [9, n0, _DESe,
    0, () => DescribeEndpointSettingsMessage$, () => DescribeEndpointSettingsResponse$
];
var DescribeEndpointTypes$ = [9, n0, _DET,
    0, () => DescribeEndpointTypesMessage$, () => DescribeEndpointTypesResponse$
];
var DescribeEngineVersions$ = [9, n0, _DEV,
    0, () => DescribeEngineVersionsMessage$, () => DescribeEngineVersionsResponse$
];
var DescribeEventCategories$ = [9, n0, _DEC,
    0, () => DescribeEventCategoriesMessage$, () => DescribeEventCategoriesResponse$
];
var DescribeEvents$ = [9, n0, _DEesc,
    0, () => DescribeEventsMessage$, () => DescribeEventsResponse$
];
var DescribeEventSubscriptions$ = [9, n0, _DESes,
    0, () => DescribeEventSubscriptionsMessage$, () => DescribeEventSubscriptionsResponse$
];
var DescribeExtensionPackAssociations$ = [9, n0, _DEPA,
    0, () => DescribeExtensionPackAssociationsMessage$, () => DescribeExtensionPackAssociationsResponse$
];
var DescribeFleetAdvisorCollectors$ = [9, n0, _DFACe,
    0, () => DescribeFleetAdvisorCollectorsRequest$, () => DescribeFleetAdvisorCollectorsResponse$
];
var DescribeFleetAdvisorDatabases$ = [9, n0, _DFADe,
    0, () => DescribeFleetAdvisorDatabasesRequest$, () => DescribeFleetAdvisorDatabasesResponse$
];
var DescribeFleetAdvisorLsaAnalysis$ = [9, n0, _DFALA,
    0, () => DescribeFleetAdvisorLsaAnalysisRequest$, () => DescribeFleetAdvisorLsaAnalysisResponse$
];
var DescribeFleetAdvisorSchemaObjectSummary$ = [9, n0, _DFASOS,
    0, () => DescribeFleetAdvisorSchemaObjectSummaryRequest$, () => DescribeFleetAdvisorSchemaObjectSummaryResponse$
];
var DescribeFleetAdvisorSchemas$ = [9, n0, _DFAS,
    0, () => DescribeFleetAdvisorSchemasRequest$, () => DescribeFleetAdvisorSchemasResponse$
];
var DescribeInstanceProfiles$ = [9, n0, _DIPe,
    0, () => DescribeInstanceProfilesMessage$, () => DescribeInstanceProfilesResponse$
];
var DescribeMetadataModel$ = [9, n0, _DMM,
    0, () => DescribeMetadataModelMessage$, () => DescribeMetadataModelResponse$
];
var DescribeMetadataModelAssessments$ = [9, n0, _DMMA,
    0, () => DescribeMetadataModelAssessmentsMessage$, () => DescribeMetadataModelAssessmentsResponse$
];
var DescribeMetadataModelChildren$ = [9, n0, _DMMC,
    0, () => DescribeMetadataModelChildrenMessage$, () => DescribeMetadataModelChildrenResponse$
];
var DescribeMetadataModelConversions$ = [9, n0, _DMMCe,
    0, () => DescribeMetadataModelConversionsMessage$, () => DescribeMetadataModelConversionsResponse$
];
var DescribeMetadataModelCreations$ = [9, n0, _DMMCes,
    0, () => DescribeMetadataModelCreationsMessage$, () => DescribeMetadataModelCreationsResponse$
];
var DescribeMetadataModelExportsAsScript$ = [9, n0, _DMMEAS,
    0, () => DescribeMetadataModelExportsAsScriptMessage$, () => DescribeMetadataModelExportsAsScriptResponse$
];
var DescribeMetadataModelExportsToTarget$ = [9, n0, _DMMETT,
    0, () => DescribeMetadataModelExportsToTargetMessage$, () => DescribeMetadataModelExportsToTargetResponse$
];
var DescribeMetadataModelImports$ = [9, n0, _DMMI,
    0, () => DescribeMetadataModelImportsMessage$, () => DescribeMetadataModelImportsResponse$
];
var DescribeMigrationProjects$ = [9, n0, _DMPe,
    0, () => DescribeMigrationProjectsMessage$, () => DescribeMigrationProjectsResponse$
];
var DescribeOrderableReplicationInstances$ = [9, n0, _DORI,
    0, () => DescribeOrderableReplicationInstancesMessage$, () => DescribeOrderableReplicationInstancesResponse$
];
var DescribePendingMaintenanceActions$ = [9, n0, _DPMA,
    0, () => DescribePendingMaintenanceActionsMessage$, () => DescribePendingMaintenanceActionsResponse$
];
var DescribeRecommendationLimitations$ = [9, n0, _DRL,
    0, () => DescribeRecommendationLimitationsRequest$, () => DescribeRecommendationLimitationsResponse$
];
var DescribeRecommendations$ = [9, n0, _DRe,
    0, () => DescribeRecommendationsRequest$, () => DescribeRecommendationsResponse$
];
var DescribeRefreshSchemasStatus$ = [9, n0, _DRSS,
    0, () => DescribeRefreshSchemasStatusMessage$, () => DescribeRefreshSchemasStatusResponse$
];
var DescribeReplicationConfigs$ = [9, n0, _DRCe,
    0, () => DescribeReplicationConfigsMessage$, () => DescribeReplicationConfigsResponse$
];
var DescribeReplicationInstances$ = [9, n0, _DRIe,
    0, () => DescribeReplicationInstancesMessage$, () => DescribeReplicationInstancesResponse$
];
var DescribeReplicationInstanceTaskLogs$ = [9, n0, _DRITL,
    0, () => DescribeReplicationInstanceTaskLogsMessage$, () => DescribeReplicationInstanceTaskLogsResponse$
];
var DescribeReplications$ = [9, n0, _DRes,
    0, () => DescribeReplicationsMessage$, () => DescribeReplicationsResponse$
];
var DescribeReplicationSubnetGroups$ = [9, n0, _DRSGe,
    0, () => DescribeReplicationSubnetGroupsMessage$, () => DescribeReplicationSubnetGroupsResponse$
];
var DescribeReplicationTableStatistics$ = [9, n0, _DRTS,
    0, () => DescribeReplicationTableStatisticsMessage$, () => DescribeReplicationTableStatisticsResponse$
];
var DescribeReplicationTaskAssessmentResults$ = [9, n0, _DRTARe,
    0, () => DescribeReplicationTaskAssessmentResultsMessage$, () => DescribeReplicationTaskAssessmentResultsResponse$
];
var DescribeReplicationTaskAssessmentRuns$ = [9, n0, _DRTARes,
    0, () => DescribeReplicationTaskAssessmentRunsMessage$, () => DescribeReplicationTaskAssessmentRunsResponse$
];
var DescribeReplicationTaskIndividualAssessments$ = [9, n0, _DRTIA,
    0, () => DescribeReplicationTaskIndividualAssessmentsMessage$, () => DescribeReplicationTaskIndividualAssessmentsResponse$
];
var DescribeReplicationTasks$ = [9, n0, _DRTe,
    0, () => DescribeReplicationTasksMessage$, () => DescribeReplicationTasksResponse$
];
var DescribeSchemas$ = [9, n0, _DS,
    0, () => DescribeSchemasMessage$, () => DescribeSchemasResponse$
];
var DescribeTableStatistics$ = [9, n0, _DTSe,
    0, () => DescribeTableStatisticsMessage$, () => DescribeTableStatisticsResponse$
];
var ExportMetadataModelAssessment$ = [9, n0, _EMMA,
    0, () => ExportMetadataModelAssessmentMessage$, () => ExportMetadataModelAssessmentResponse$
];
var GetTargetSelectionRules$ = [9, n0, _GTSR,
    0, () => GetTargetSelectionRulesMessage$, () => GetTargetSelectionRulesResponse$
];
var ImportCertificate$ = [9, n0, _IC,
    0, () => ImportCertificateMessage$, () => ImportCertificateResponse$
];
var ListTagsForResource$ = [9, n0, _LTFR,
    0, () => ListTagsForResourceMessage$, () => ListTagsForResourceResponse$
];
var ModifyConversionConfiguration$ = [9, n0, _MCC,
    0, () => ModifyConversionConfigurationMessage$, () => ModifyConversionConfigurationResponse$
];
var ModifyDataMigration$ = [9, n0, _MDM,
    0, () => ModifyDataMigrationMessage$, () => ModifyDataMigrationResponse$
];
var ModifyDataProvider$ = [9, n0, _MDP,
    0, () => ModifyDataProviderMessage$, () => ModifyDataProviderResponse$
];
var ModifyEndpoint$ = [9, n0, _ME,
    0, () => ModifyEndpointMessage$, () => ModifyEndpointResponse$
];
var ModifyEventSubscription$ = [9, n0, _MES,
    0, () => ModifyEventSubscriptionMessage$, () => ModifyEventSubscriptionResponse$
];
var ModifyInstanceProfile$ = [9, n0, _MIP,
    0, () => ModifyInstanceProfileMessage$, () => ModifyInstanceProfileResponse$
];
var ModifyMigrationProject$ = [9, n0, _MMPo,
    0, () => ModifyMigrationProjectMessage$, () => ModifyMigrationProjectResponse$
];
var ModifyReplicationConfig$ = [9, n0, _MRCo,
    0, () => ModifyReplicationConfigMessage$, () => ModifyReplicationConfigResponse$
];
var ModifyReplicationInstance$ = [9, n0, _MRI,
    0, () => ModifyReplicationInstanceMessage$, () => ModifyReplicationInstanceResponse$
];
var ModifyReplicationSubnetGroup$ = [9, n0, _MRSG,
    0, () => ModifyReplicationSubnetGroupMessage$, () => ModifyReplicationSubnetGroupResponse$
];
var ModifyReplicationTask$ = [9, n0, _MRT,
    0, () => ModifyReplicationTaskMessage$, () => ModifyReplicationTaskResponse$
];
var MoveReplicationTask$ = [9, n0, _MRTo,
    0, () => MoveReplicationTaskMessage$, () => MoveReplicationTaskResponse$
];
var RebootReplicationInstance$ = [9, n0, _RRI,
    0, () => RebootReplicationInstanceMessage$, () => RebootReplicationInstanceResponse$
];
var RefreshSchemas$ = [9, n0, _RSef,
    0, () => RefreshSchemasMessage$, () => RefreshSchemasResponse$
];
var ReloadReplicationTables$ = [9, n0, _RRT,
    0, () => ReloadReplicationTablesMessage$, () => ReloadReplicationTablesResponse$
];
var ReloadTables$ = [9, n0, _RTel,
    0, () => ReloadTablesMessage$, () => ReloadTablesResponse$
];
var RemoveTagsFromResource$ = [9, n0, _RTFR,
    0, () => RemoveTagsFromResourceMessage$, () => RemoveTagsFromResourceResponse$
];
var RunFleetAdvisorLsaAnalysis$ = [9, n0, _RFALA,
    0, () => __Unit, () => RunFleetAdvisorLsaAnalysisResponse$
];
var StartDataMigration$ = [9, n0, _SDM,
    0, () => StartDataMigrationMessage$, () => StartDataMigrationResponse$
];
var StartExtensionPackAssociation$ = [9, n0, _SEPA,
    0, () => StartExtensionPackAssociationMessage$, () => StartExtensionPackAssociationResponse$
];
var StartMetadataModelAssessment$ = [9, n0, _SMMA,
    0, () => StartMetadataModelAssessmentMessage$, () => StartMetadataModelAssessmentResponse$
];
var StartMetadataModelConversion$ = [9, n0, _SMMC,
    0, () => StartMetadataModelConversionMessage$, () => StartMetadataModelConversionResponse$
];
var StartMetadataModelCreation$ = [9, n0, _SMMCt,
    0, () => StartMetadataModelCreationMessage$, () => StartMetadataModelCreationResponse$
];
var StartMetadataModelExportAsScript$ = [9, n0, _SMMEAS,
    0, () => StartMetadataModelExportAsScriptMessage$, () => StartMetadataModelExportAsScriptResponse$
];
var StartMetadataModelExportToTarget$ = [9, n0, _SMMETT,
    0, () => StartMetadataModelExportToTargetMessage$, () => StartMetadataModelExportToTargetResponse$
];
var StartMetadataModelImport$ = [9, n0, _SMMI,
    0, () => StartMetadataModelImportMessage$, () => StartMetadataModelImportResponse$
];
var StartRecommendations$ = [9, n0, _SRta,
    0, () => StartRecommendationsRequest$, () => __Unit
];
var StartReplication$ = [9, n0, _SRtar,
    0, () => StartReplicationMessage$, () => StartReplicationResponse$
];
var StartReplicationTask$ = [9, n0, _SRTt,
    0, () => StartReplicationTaskMessage$, () => StartReplicationTaskResponse$
];
var StartReplicationTaskAssessment$ = [9, n0, _SRTA,
    0, () => StartReplicationTaskAssessmentMessage$, () => StartReplicationTaskAssessmentResponse$
];
var StartReplicationTaskAssessmentRun$ = [9, n0, _SRTARt,
    0, () => StartReplicationTaskAssessmentRunMessage$, () => StartReplicationTaskAssessmentRunResponse$
];
var StopDataMigration$ = [9, n0, _SDMt,
    0, () => StopDataMigrationMessage$, () => StopDataMigrationResponse$
];
var StopReplication$ = [9, n0, _SRto,
    0, () => StopReplicationMessage$, () => StopReplicationResponse$
];
var StopReplicationTask$ = [9, n0, _SRTto,
    0, () => StopReplicationTaskMessage$, () => StopReplicationTaskResponse$
];
var TestConnection$ = [9, n0, _TCe,
    0, () => TestConnectionMessage$, () => TestConnectionResponse$
];
var UpdateSubscriptionsToEventBridge$ = [9, n0, _USTEB,
    0, () => UpdateSubscriptionsToEventBridgeMessage$, () => UpdateSubscriptionsToEventBridgeResponse$
];

const getRuntimeConfig$1 = (config) => {
    return {
        apiVersion: "2016-01-01",
        base64Decoder: config?.base64Decoder ?? fromBase64,
        base64Encoder: config?.base64Encoder ?? toBase64,
        disableHostPrefix: config?.disableHostPrefix ?? false,
        endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
        extensions: config?.extensions ?? [],
        httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultDatabaseMigrationServiceHttpAuthSchemeProvider,
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
            defaultNamespace: "com.amazonaws.databasemigrationservice",
            errorTypeRegistries,
            xmlNamespace: "http://dms.amazonaws.com/doc/2016-01-01/",
            version: "2016-01-01",
            serviceTarget: "AmazonDMSv20160101",
        },
        serviceId: config?.serviceId ?? "Database Migration Service",
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

class DatabaseMigrationServiceClient extends Client {
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
            httpAuthSchemeParametersProvider: defaultDatabaseMigrationServiceHttpAuthSchemeParametersProvider,
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

const command = makeBuilder(commonParams, "AmazonDMSv20160101", "DatabaseMigrationServiceClient", getEndpointPlugin);
const _ep0 = {};
const _mw0 = (Command, cs, config, o) => [];

class AddTagsToResourceCommand extends command(_ep0, _mw0, "AddTagsToResource", AddTagsToResource$) {
}

class ApplyPendingMaintenanceActionCommand extends command(_ep0, _mw0, "ApplyPendingMaintenanceAction", ApplyPendingMaintenanceAction$) {
}

class BatchStartRecommendationsCommand extends command(_ep0, _mw0, "BatchStartRecommendations", BatchStartRecommendations$) {
}

class CancelMetadataModelConversionCommand extends command(_ep0, _mw0, "CancelMetadataModelConversion", CancelMetadataModelConversion$) {
}

class CancelMetadataModelCreationCommand extends command(_ep0, _mw0, "CancelMetadataModelCreation", CancelMetadataModelCreation$) {
}

class CancelReplicationTaskAssessmentRunCommand extends command(_ep0, _mw0, "CancelReplicationTaskAssessmentRun", CancelReplicationTaskAssessmentRun$) {
}

class CreateDataMigrationCommand extends command(_ep0, _mw0, "CreateDataMigration", CreateDataMigration$) {
}

class CreateDataProviderCommand extends command(_ep0, _mw0, "CreateDataProvider", CreateDataProvider$) {
}

class CreateEndpointCommand extends command(_ep0, _mw0, "CreateEndpoint", CreateEndpoint$) {
}

class CreateEventSubscriptionCommand extends command(_ep0, _mw0, "CreateEventSubscription", CreateEventSubscription$) {
}

class CreateFleetAdvisorCollectorCommand extends command(_ep0, _mw0, "CreateFleetAdvisorCollector", CreateFleetAdvisorCollector$) {
}

class CreateInstanceProfileCommand extends command(_ep0, _mw0, "CreateInstanceProfile", CreateInstanceProfile$) {
}

class CreateMigrationProjectCommand extends command(_ep0, _mw0, "CreateMigrationProject", CreateMigrationProject$) {
}

class CreateReplicationConfigCommand extends command(_ep0, _mw0, "CreateReplicationConfig", CreateReplicationConfig$) {
}

class CreateReplicationInstanceCommand extends command(_ep0, _mw0, "CreateReplicationInstance", CreateReplicationInstance$) {
}

class CreateReplicationSubnetGroupCommand extends command(_ep0, _mw0, "CreateReplicationSubnetGroup", CreateReplicationSubnetGroup$) {
}

class CreateReplicationTaskCommand extends command(_ep0, _mw0, "CreateReplicationTask", CreateReplicationTask$) {
}

class DeleteCertificateCommand extends command(_ep0, _mw0, "DeleteCertificate", DeleteCertificate$) {
}

class DeleteConnectionCommand extends command(_ep0, _mw0, "DeleteConnection", DeleteConnection$) {
}

class DeleteDataMigrationCommand extends command(_ep0, _mw0, "DeleteDataMigration", DeleteDataMigration$) {
}

class DeleteDataProviderCommand extends command(_ep0, _mw0, "DeleteDataProvider", DeleteDataProvider$) {
}

class DeleteEndpointCommand extends command(_ep0, _mw0, "DeleteEndpoint", DeleteEndpoint$) {
}

class DeleteEventSubscriptionCommand extends command(_ep0, _mw0, "DeleteEventSubscription", DeleteEventSubscription$) {
}

class DeleteFleetAdvisorCollectorCommand extends command(_ep0, _mw0, "DeleteFleetAdvisorCollector", DeleteFleetAdvisorCollector$) {
}

class DeleteFleetAdvisorDatabasesCommand extends command(_ep0, _mw0, "DeleteFleetAdvisorDatabases", DeleteFleetAdvisorDatabases$) {
}

class DeleteInstanceProfileCommand extends command(_ep0, _mw0, "DeleteInstanceProfile", DeleteInstanceProfile$) {
}

class DeleteMigrationProjectCommand extends command(_ep0, _mw0, "DeleteMigrationProject", DeleteMigrationProject$) {
}

class DeleteReplicationConfigCommand extends command(_ep0, _mw0, "DeleteReplicationConfig", DeleteReplicationConfig$) {
}

class DeleteReplicationInstanceCommand extends command(_ep0, _mw0, "DeleteReplicationInstance", DeleteReplicationInstance$) {
}

class DeleteReplicationSubnetGroupCommand extends command(_ep0, _mw0, "DeleteReplicationSubnetGroup", DeleteReplicationSubnetGroup$) {
}

class DeleteReplicationTaskAssessmentRunCommand extends command(_ep0, _mw0, "DeleteReplicationTaskAssessmentRun", DeleteReplicationTaskAssessmentRun$) {
}

class DeleteReplicationTaskCommand extends command(_ep0, _mw0, "DeleteReplicationTask", DeleteReplicationTask$) {
}

class DescribeAccountAttributesCommand extends command(_ep0, _mw0, "DescribeAccountAttributes", DescribeAccountAttributes$) {
}

class DescribeApplicableIndividualAssessmentsCommand extends command(_ep0, _mw0, "DescribeApplicableIndividualAssessments", DescribeApplicableIndividualAssessments$) {
}

class DescribeCertificatesCommand extends command(_ep0, _mw0, "DescribeCertificates", DescribeCertificates$) {
}

class DescribeConnectionsCommand extends command(_ep0, _mw0, "DescribeConnections", DescribeConnections$) {
}

class DescribeConversionConfigurationCommand extends command(_ep0, _mw0, "DescribeConversionConfiguration", DescribeConversionConfiguration$) {
}

class DescribeDataMigrationsCommand extends command(_ep0, _mw0, "DescribeDataMigrations", DescribeDataMigrations$) {
}

class DescribeDataProvidersCommand extends command(_ep0, _mw0, "DescribeDataProviders", DescribeDataProviders$) {
}

class DescribeEndpointsCommand extends command(_ep0, _mw0, "DescribeEndpoints", DescribeEndpoints$) {
}

class DescribeEndpointSettingsCommand extends command(_ep0, _mw0, "DescribeEndpointSettings", DescribeEndpointSettings$) {
}

class DescribeEndpointTypesCommand extends command(_ep0, _mw0, "DescribeEndpointTypes", DescribeEndpointTypes$) {
}

class DescribeEngineVersionsCommand extends command(_ep0, _mw0, "DescribeEngineVersions", DescribeEngineVersions$) {
}

class DescribeEventCategoriesCommand extends command(_ep0, _mw0, "DescribeEventCategories", DescribeEventCategories$) {
}

class DescribeEventsCommand extends command(_ep0, _mw0, "DescribeEvents", DescribeEvents$) {
}

class DescribeEventSubscriptionsCommand extends command(_ep0, _mw0, "DescribeEventSubscriptions", DescribeEventSubscriptions$) {
}

class DescribeExtensionPackAssociationsCommand extends command(_ep0, _mw0, "DescribeExtensionPackAssociations", DescribeExtensionPackAssociations$) {
}

class DescribeFleetAdvisorCollectorsCommand extends command(_ep0, _mw0, "DescribeFleetAdvisorCollectors", DescribeFleetAdvisorCollectors$) {
}

class DescribeFleetAdvisorDatabasesCommand extends command(_ep0, _mw0, "DescribeFleetAdvisorDatabases", DescribeFleetAdvisorDatabases$) {
}

class DescribeFleetAdvisorLsaAnalysisCommand extends command(_ep0, _mw0, "DescribeFleetAdvisorLsaAnalysis", DescribeFleetAdvisorLsaAnalysis$) {
}

class DescribeFleetAdvisorSchemaObjectSummaryCommand extends command(_ep0, _mw0, "DescribeFleetAdvisorSchemaObjectSummary", DescribeFleetAdvisorSchemaObjectSummary$) {
}

class DescribeFleetAdvisorSchemasCommand extends command(_ep0, _mw0, "DescribeFleetAdvisorSchemas", DescribeFleetAdvisorSchemas$) {
}

class DescribeInstanceProfilesCommand extends command(_ep0, _mw0, "DescribeInstanceProfiles", DescribeInstanceProfiles$) {
}

class DescribeMetadataModelAssessmentsCommand extends command(_ep0, _mw0, "DescribeMetadataModelAssessments", DescribeMetadataModelAssessments$) {
}

class DescribeMetadataModelChildrenCommand extends command(_ep0, _mw0, "DescribeMetadataModelChildren", DescribeMetadataModelChildren$) {
}

class DescribeMetadataModelCommand extends command(_ep0, _mw0, "DescribeMetadataModel", DescribeMetadataModel$) {
}

class DescribeMetadataModelConversionsCommand extends command(_ep0, _mw0, "DescribeMetadataModelConversions", DescribeMetadataModelConversions$) {
}

class DescribeMetadataModelCreationsCommand extends command(_ep0, _mw0, "DescribeMetadataModelCreations", DescribeMetadataModelCreations$) {
}

class DescribeMetadataModelExportsAsScriptCommand extends command(_ep0, _mw0, "DescribeMetadataModelExportsAsScript", DescribeMetadataModelExportsAsScript$) {
}

class DescribeMetadataModelExportsToTargetCommand extends command(_ep0, _mw0, "DescribeMetadataModelExportsToTarget", DescribeMetadataModelExportsToTarget$) {
}

class DescribeMetadataModelImportsCommand extends command(_ep0, _mw0, "DescribeMetadataModelImports", DescribeMetadataModelImports$) {
}

class DescribeMigrationProjectsCommand extends command(_ep0, _mw0, "DescribeMigrationProjects", DescribeMigrationProjects$) {
}

class DescribeOrderableReplicationInstancesCommand extends command(_ep0, _mw0, "DescribeOrderableReplicationInstances", DescribeOrderableReplicationInstances$) {
}

class DescribePendingMaintenanceActionsCommand extends command(_ep0, _mw0, "DescribePendingMaintenanceActions", DescribePendingMaintenanceActions$) {
}

class DescribeRecommendationLimitationsCommand extends command(_ep0, _mw0, "DescribeRecommendationLimitations", DescribeRecommendationLimitations$) {
}

class DescribeRecommendationsCommand extends command(_ep0, _mw0, "DescribeRecommendations", DescribeRecommendations$) {
}

class DescribeRefreshSchemasStatusCommand extends command(_ep0, _mw0, "DescribeRefreshSchemasStatus", DescribeRefreshSchemasStatus$) {
}

class DescribeReplicationConfigsCommand extends command(_ep0, _mw0, "DescribeReplicationConfigs", DescribeReplicationConfigs$) {
}

class DescribeReplicationInstancesCommand extends command(_ep0, _mw0, "DescribeReplicationInstances", DescribeReplicationInstances$) {
}

class DescribeReplicationInstanceTaskLogsCommand extends command(_ep0, _mw0, "DescribeReplicationInstanceTaskLogs", DescribeReplicationInstanceTaskLogs$) {
}

class DescribeReplicationsCommand extends command(_ep0, _mw0, "DescribeReplications", DescribeReplications$) {
}

class DescribeReplicationSubnetGroupsCommand extends command(_ep0, _mw0, "DescribeReplicationSubnetGroups", DescribeReplicationSubnetGroups$) {
}

class DescribeReplicationTableStatisticsCommand extends command(_ep0, _mw0, "DescribeReplicationTableStatistics", DescribeReplicationTableStatistics$) {
}

class DescribeReplicationTaskAssessmentResultsCommand extends command(_ep0, _mw0, "DescribeReplicationTaskAssessmentResults", DescribeReplicationTaskAssessmentResults$) {
}

class DescribeReplicationTaskAssessmentRunsCommand extends command(_ep0, _mw0, "DescribeReplicationTaskAssessmentRuns", DescribeReplicationTaskAssessmentRuns$) {
}

class DescribeReplicationTaskIndividualAssessmentsCommand extends command(_ep0, _mw0, "DescribeReplicationTaskIndividualAssessments", DescribeReplicationTaskIndividualAssessments$) {
}

class DescribeReplicationTasksCommand extends command(_ep0, _mw0, "DescribeReplicationTasks", DescribeReplicationTasks$) {
}

class DescribeSchemasCommand extends command(_ep0, _mw0, "DescribeSchemas", DescribeSchemas$) {
}

class DescribeTableStatisticsCommand extends command(_ep0, _mw0, "DescribeTableStatistics", DescribeTableStatistics$) {
}

class ExportMetadataModelAssessmentCommand extends command(_ep0, _mw0, "ExportMetadataModelAssessment", ExportMetadataModelAssessment$) {
}

class GetTargetSelectionRulesCommand extends command(_ep0, _mw0, "GetTargetSelectionRules", GetTargetSelectionRules$) {
}

class ImportCertificateCommand extends command(_ep0, _mw0, "ImportCertificate", ImportCertificate$) {
}

class ListTagsForResourceCommand extends command(_ep0, _mw0, "ListTagsForResource", ListTagsForResource$) {
}

class ModifyConversionConfigurationCommand extends command(_ep0, _mw0, "ModifyConversionConfiguration", ModifyConversionConfiguration$) {
}

class ModifyDataMigrationCommand extends command(_ep0, _mw0, "ModifyDataMigration", ModifyDataMigration$) {
}

class ModifyDataProviderCommand extends command(_ep0, _mw0, "ModifyDataProvider", ModifyDataProvider$) {
}

class ModifyEndpointCommand extends command(_ep0, _mw0, "ModifyEndpoint", ModifyEndpoint$) {
}

class ModifyEventSubscriptionCommand extends command(_ep0, _mw0, "ModifyEventSubscription", ModifyEventSubscription$) {
}

class ModifyInstanceProfileCommand extends command(_ep0, _mw0, "ModifyInstanceProfile", ModifyInstanceProfile$) {
}

class ModifyMigrationProjectCommand extends command(_ep0, _mw0, "ModifyMigrationProject", ModifyMigrationProject$) {
}

class ModifyReplicationConfigCommand extends command(_ep0, _mw0, "ModifyReplicationConfig", ModifyReplicationConfig$) {
}

class ModifyReplicationInstanceCommand extends command(_ep0, _mw0, "ModifyReplicationInstance", ModifyReplicationInstance$) {
}

class ModifyReplicationSubnetGroupCommand extends command(_ep0, _mw0, "ModifyReplicationSubnetGroup", ModifyReplicationSubnetGroup$) {
}

class ModifyReplicationTaskCommand extends command(_ep0, _mw0, "ModifyReplicationTask", ModifyReplicationTask$) {
}

class MoveReplicationTaskCommand extends command(_ep0, _mw0, "MoveReplicationTask", MoveReplicationTask$) {
}

class RebootReplicationInstanceCommand extends command(_ep0, _mw0, "RebootReplicationInstance", RebootReplicationInstance$) {
}

class RefreshSchemasCommand extends command(_ep0, _mw0, "RefreshSchemas", RefreshSchemas$) {
}

class ReloadReplicationTablesCommand extends command(_ep0, _mw0, "ReloadReplicationTables", ReloadReplicationTables$) {
}

class ReloadTablesCommand extends command(_ep0, _mw0, "ReloadTables", ReloadTables$) {
}

class RemoveTagsFromResourceCommand extends command(_ep0, _mw0, "RemoveTagsFromResource", RemoveTagsFromResource$) {
}

class RunFleetAdvisorLsaAnalysisCommand extends command(_ep0, _mw0, "RunFleetAdvisorLsaAnalysis", RunFleetAdvisorLsaAnalysis$) {
}

class StartDataMigrationCommand extends command(_ep0, _mw0, "StartDataMigration", StartDataMigration$) {
}

class StartExtensionPackAssociationCommand extends command(_ep0, _mw0, "StartExtensionPackAssociation", StartExtensionPackAssociation$) {
}

class StartMetadataModelAssessmentCommand extends command(_ep0, _mw0, "StartMetadataModelAssessment", StartMetadataModelAssessment$) {
}

class StartMetadataModelConversionCommand extends command(_ep0, _mw0, "StartMetadataModelConversion", StartMetadataModelConversion$) {
}

class StartMetadataModelCreationCommand extends command(_ep0, _mw0, "StartMetadataModelCreation", StartMetadataModelCreation$) {
}

class StartMetadataModelExportAsScriptCommand extends command(_ep0, _mw0, "StartMetadataModelExportAsScript", StartMetadataModelExportAsScript$) {
}

class StartMetadataModelExportToTargetCommand extends command(_ep0, _mw0, "StartMetadataModelExportToTarget", StartMetadataModelExportToTarget$) {
}

class StartMetadataModelImportCommand extends command(_ep0, _mw0, "StartMetadataModelImport", StartMetadataModelImport$) {
}

class StartRecommendationsCommand extends command(_ep0, _mw0, "StartRecommendations", StartRecommendations$) {
}

class StartReplicationCommand extends command(_ep0, _mw0, "StartReplication", StartReplication$) {
}

class StartReplicationTaskAssessmentCommand extends command(_ep0, _mw0, "StartReplicationTaskAssessment", StartReplicationTaskAssessment$) {
}

class StartReplicationTaskAssessmentRunCommand extends command(_ep0, _mw0, "StartReplicationTaskAssessmentRun", StartReplicationTaskAssessmentRun$) {
}

class StartReplicationTaskCommand extends command(_ep0, _mw0, "StartReplicationTask", StartReplicationTask$) {
}

class StopDataMigrationCommand extends command(_ep0, _mw0, "StopDataMigration", StopDataMigration$) {
}

class StopReplicationCommand extends command(_ep0, _mw0, "StopReplication", StopReplication$) {
}

class StopReplicationTaskCommand extends command(_ep0, _mw0, "StopReplicationTask", StopReplicationTask$) {
}

class TestConnectionCommand extends command(_ep0, _mw0, "TestConnection", TestConnection$) {
}

class UpdateSubscriptionsToEventBridgeCommand extends command(_ep0, _mw0, "UpdateSubscriptionsToEventBridge", UpdateSubscriptionsToEventBridge$) {
}

const paginateDescribeApplicableIndividualAssessments = createPaginator(DatabaseMigrationServiceClient, DescribeApplicableIndividualAssessmentsCommand, "Marker", "Marker", "MaxRecords");

const paginateDescribeCertificates = createPaginator(DatabaseMigrationServiceClient, DescribeCertificatesCommand, "Marker", "Marker", "MaxRecords");

const paginateDescribeConnections = createPaginator(DatabaseMigrationServiceClient, DescribeConnectionsCommand, "Marker", "Marker", "MaxRecords");

const paginateDescribeDataMigrations = createPaginator(DatabaseMigrationServiceClient, DescribeDataMigrationsCommand, "Marker", "Marker", "MaxRecords");

const paginateDescribeDataProviders = createPaginator(DatabaseMigrationServiceClient, DescribeDataProvidersCommand, "Marker", "Marker", "MaxRecords");

const paginateDescribeEndpointSettings = createPaginator(DatabaseMigrationServiceClient, DescribeEndpointSettingsCommand, "Marker", "Marker", "MaxRecords");

const paginateDescribeEndpoints = createPaginator(DatabaseMigrationServiceClient, DescribeEndpointsCommand, "Marker", "Marker", "MaxRecords");

const paginateDescribeEndpointTypes = createPaginator(DatabaseMigrationServiceClient, DescribeEndpointTypesCommand, "Marker", "Marker", "MaxRecords");

const paginateDescribeEngineVersions = createPaginator(DatabaseMigrationServiceClient, DescribeEngineVersionsCommand, "Marker", "Marker", "MaxRecords");

const paginateDescribeEvents = createPaginator(DatabaseMigrationServiceClient, DescribeEventsCommand, "Marker", "Marker", "MaxRecords");

const paginateDescribeEventSubscriptions = createPaginator(DatabaseMigrationServiceClient, DescribeEventSubscriptionsCommand, "Marker", "Marker", "MaxRecords");

const paginateDescribeExtensionPackAssociations = createPaginator(DatabaseMigrationServiceClient, DescribeExtensionPackAssociationsCommand, "Marker", "Marker", "MaxRecords");

const paginateDescribeFleetAdvisorCollectors = createPaginator(DatabaseMigrationServiceClient, DescribeFleetAdvisorCollectorsCommand, "NextToken", "NextToken", "MaxRecords");

const paginateDescribeFleetAdvisorDatabases = createPaginator(DatabaseMigrationServiceClient, DescribeFleetAdvisorDatabasesCommand, "NextToken", "NextToken", "MaxRecords");

const paginateDescribeFleetAdvisorLsaAnalysis = createPaginator(DatabaseMigrationServiceClient, DescribeFleetAdvisorLsaAnalysisCommand, "NextToken", "NextToken", "MaxRecords");

const paginateDescribeFleetAdvisorSchemaObjectSummary = createPaginator(DatabaseMigrationServiceClient, DescribeFleetAdvisorSchemaObjectSummaryCommand, "NextToken", "NextToken", "MaxRecords");

const paginateDescribeFleetAdvisorSchemas = createPaginator(DatabaseMigrationServiceClient, DescribeFleetAdvisorSchemasCommand, "NextToken", "NextToken", "MaxRecords");

const paginateDescribeInstanceProfiles = createPaginator(DatabaseMigrationServiceClient, DescribeInstanceProfilesCommand, "Marker", "Marker", "MaxRecords");

const paginateDescribeMetadataModelAssessments = createPaginator(DatabaseMigrationServiceClient, DescribeMetadataModelAssessmentsCommand, "Marker", "Marker", "MaxRecords");

const paginateDescribeMetadataModelChildren = createPaginator(DatabaseMigrationServiceClient, DescribeMetadataModelChildrenCommand, "Marker", "Marker", "MaxRecords");

const paginateDescribeMetadataModelConversions = createPaginator(DatabaseMigrationServiceClient, DescribeMetadataModelConversionsCommand, "Marker", "Marker", "MaxRecords");

const paginateDescribeMetadataModelCreations = createPaginator(DatabaseMigrationServiceClient, DescribeMetadataModelCreationsCommand, "Marker", "Marker", "MaxRecords");

const paginateDescribeMetadataModelExportsAsScript = createPaginator(DatabaseMigrationServiceClient, DescribeMetadataModelExportsAsScriptCommand, "Marker", "Marker", "MaxRecords");

const paginateDescribeMetadataModelExportsToTarget = createPaginator(DatabaseMigrationServiceClient, DescribeMetadataModelExportsToTargetCommand, "Marker", "Marker", "MaxRecords");

const paginateDescribeMetadataModelImports = createPaginator(DatabaseMigrationServiceClient, DescribeMetadataModelImportsCommand, "Marker", "Marker", "MaxRecords");

const paginateDescribeMigrationProjects = createPaginator(DatabaseMigrationServiceClient, DescribeMigrationProjectsCommand, "Marker", "Marker", "MaxRecords");

const paginateDescribeOrderableReplicationInstances = createPaginator(DatabaseMigrationServiceClient, DescribeOrderableReplicationInstancesCommand, "Marker", "Marker", "MaxRecords");

const paginateDescribePendingMaintenanceActions = createPaginator(DatabaseMigrationServiceClient, DescribePendingMaintenanceActionsCommand, "Marker", "Marker", "MaxRecords");

const paginateDescribeRecommendationLimitations = createPaginator(DatabaseMigrationServiceClient, DescribeRecommendationLimitationsCommand, "NextToken", "NextToken", "MaxRecords");

const paginateDescribeRecommendations = createPaginator(DatabaseMigrationServiceClient, DescribeRecommendationsCommand, "NextToken", "NextToken", "MaxRecords");

const paginateDescribeReplicationConfigs = createPaginator(DatabaseMigrationServiceClient, DescribeReplicationConfigsCommand, "Marker", "Marker", "MaxRecords");

const paginateDescribeReplicationInstances = createPaginator(DatabaseMigrationServiceClient, DescribeReplicationInstancesCommand, "Marker", "Marker", "MaxRecords");

const paginateDescribeReplicationInstanceTaskLogs = createPaginator(DatabaseMigrationServiceClient, DescribeReplicationInstanceTaskLogsCommand, "Marker", "Marker", "MaxRecords");

const paginateDescribeReplications = createPaginator(DatabaseMigrationServiceClient, DescribeReplicationsCommand, "Marker", "Marker", "MaxRecords");

const paginateDescribeReplicationSubnetGroups = createPaginator(DatabaseMigrationServiceClient, DescribeReplicationSubnetGroupsCommand, "Marker", "Marker", "MaxRecords");

const paginateDescribeReplicationTableStatistics = createPaginator(DatabaseMigrationServiceClient, DescribeReplicationTableStatisticsCommand, "Marker", "Marker", "MaxRecords");

const paginateDescribeReplicationTaskAssessmentResults = createPaginator(DatabaseMigrationServiceClient, DescribeReplicationTaskAssessmentResultsCommand, "Marker", "Marker", "MaxRecords");

const paginateDescribeReplicationTaskAssessmentRuns = createPaginator(DatabaseMigrationServiceClient, DescribeReplicationTaskAssessmentRunsCommand, "Marker", "Marker", "MaxRecords");

const paginateDescribeReplicationTaskIndividualAssessments = createPaginator(DatabaseMigrationServiceClient, DescribeReplicationTaskIndividualAssessmentsCommand, "Marker", "Marker", "MaxRecords");

const paginateDescribeReplicationTasks = createPaginator(DatabaseMigrationServiceClient, DescribeReplicationTasksCommand, "Marker", "Marker", "MaxRecords");

const paginateDescribeSchemas = createPaginator(DatabaseMigrationServiceClient, DescribeSchemasCommand, "Marker", "Marker", "MaxRecords");

const paginateDescribeTableStatistics = createPaginator(DatabaseMigrationServiceClient, DescribeTableStatisticsCommand, "Marker", "Marker", "MaxRecords");

const checkState$g = async (client, input) => {
    let reason;
    try {
        let result = await client.send(new DescribeEndpointsCommand(input));
        reason = result;
        try {
            const returnComparator = () => {
                let flat_1 = [].concat(...result.Endpoints);
                let projection_3 = flat_1.map((element_2) => {
                    return element_2.Status;
                });
                return projection_3;
            };
            for (let anyStringEq_4 of returnComparator()) {
                if (anyStringEq_4 == "active") {
                    return { state: WaiterState.FAILURE, reason };
                }
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                let flat_1 = [].concat(...result.Endpoints);
                let projection_3 = flat_1.map((element_2) => {
                    return element_2.Status;
                });
                return projection_3;
            };
            for (let anyStringEq_4 of returnComparator()) {
                if (anyStringEq_4 == "creating") {
                    return { state: WaiterState.FAILURE, reason };
                }
            }
        }
        catch (e) { }
    }
    catch (exception) {
        reason = exception;
        if (exception.name === "ResourceNotFoundFault") {
            return { state: WaiterState.SUCCESS, reason };
        }
    }
    return { state: WaiterState.RETRY, reason };
};
const waitForEndpointDeleted = async (params, input) => {
    const serviceDefaults = { minDelay: 5, maxDelay: 120 };
    return createWaiter({ ...serviceDefaults, ...params }, input, checkState$g);
};
const waitUntilEndpointDeleted = async (params, input) => {
    const serviceDefaults = { minDelay: 5, maxDelay: 120 };
    const result = await createWaiter({ ...serviceDefaults, ...params }, input, checkState$g);
    return checkExceptions(result);
};

const checkState$f = async (client, input) => {
    let reason;
    try {
        let result = await client.send(new DescribeExtensionPackAssociationsCommand(input));
        reason = result;
        try {
            const returnComparator = () => {
                let flat_1 = [].concat(...result.Requests);
                let projection_3 = flat_1.map((element_2) => {
                    return element_2.Status;
                });
                return projection_3;
            };
            let allStringEq_5 = (returnComparator().length > 0);
            for (let element_4 of returnComparator()) {
                allStringEq_5 = allStringEq_5 && (element_4 == "SUCCESS");
            }
            if (allStringEq_5) {
                return { state: WaiterState.SUCCESS, reason };
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                let flat_1 = [].concat(...result.Requests);
                let projection_3 = flat_1.map((element_2) => {
                    return element_2.Status;
                });
                return projection_3;
            };
            for (let anyStringEq_4 of returnComparator()) {
                if (anyStringEq_4 == "FAILED") {
                    return { state: WaiterState.FAILURE, reason };
                }
            }
        }
        catch (e) { }
    }
    catch (exception) {
        reason = exception;
    }
    return { state: WaiterState.RETRY, reason };
};
const waitForExtensionPackAssociated = async (params, input) => {
    const serviceDefaults = { minDelay: 10, maxDelay: 120 };
    return createWaiter({ ...serviceDefaults, ...params }, input, checkState$f);
};
const waitUntilExtensionPackAssociated = async (params, input) => {
    const serviceDefaults = { minDelay: 10, maxDelay: 120 };
    const result = await createWaiter({ ...serviceDefaults, ...params }, input, checkState$f);
    return checkExceptions(result);
};

const checkState$e = async (client, input) => {
    let reason;
    try {
        let result = await client.send(new DescribeMetadataModelAssessmentsCommand(input));
        reason = result;
        try {
            const returnComparator = () => {
                let flat_1 = [].concat(...result.Requests);
                let projection_3 = flat_1.map((element_2) => {
                    return element_2.Status;
                });
                return projection_3;
            };
            let allStringEq_5 = (returnComparator().length > 0);
            for (let element_4 of returnComparator()) {
                allStringEq_5 = allStringEq_5 && (element_4 == "SUCCESS");
            }
            if (allStringEq_5) {
                return { state: WaiterState.SUCCESS, reason };
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                let flat_1 = [].concat(...result.Requests);
                let projection_3 = flat_1.map((element_2) => {
                    return element_2.Status;
                });
                return projection_3;
            };
            for (let anyStringEq_4 of returnComparator()) {
                if (anyStringEq_4 == "FAILED") {
                    return { state: WaiterState.FAILURE, reason };
                }
            }
        }
        catch (e) { }
    }
    catch (exception) {
        reason = exception;
    }
    return { state: WaiterState.RETRY, reason };
};
const waitForMetadataModelAssessed = async (params, input) => {
    const serviceDefaults = { minDelay: 30, maxDelay: 120 };
    return createWaiter({ ...serviceDefaults, ...params }, input, checkState$e);
};
const waitUntilMetadataModelAssessed = async (params, input) => {
    const serviceDefaults = { minDelay: 30, maxDelay: 120 };
    const result = await createWaiter({ ...serviceDefaults, ...params }, input, checkState$e);
    return checkExceptions(result);
};

const checkState$d = async (client, input) => {
    let reason;
    try {
        let result = await client.send(new DescribeMetadataModelConversionsCommand(input));
        reason = result;
        try {
            const returnComparator = () => {
                let flat_1 = [].concat(...result.Requests);
                let projection_3 = flat_1.map((element_2) => {
                    return element_2.Status;
                });
                return projection_3;
            };
            let allStringEq_5 = (returnComparator().length > 0);
            for (let element_4 of returnComparator()) {
                allStringEq_5 = allStringEq_5 && (element_4 == "CANCELED");
            }
            if (allStringEq_5) {
                return { state: WaiterState.SUCCESS, reason };
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                let flat_1 = [].concat(...result.Requests);
                let projection_3 = flat_1.map((element_2) => {
                    return element_2.Status;
                });
                return projection_3;
            };
            for (let anyStringEq_4 of returnComparator()) {
                if (anyStringEq_4 == "FAILED") {
                    return { state: WaiterState.FAILURE, reason };
                }
            }
        }
        catch (e) { }
    }
    catch (exception) {
        reason = exception;
    }
    return { state: WaiterState.RETRY, reason };
};
const waitForMetadataModelConversionCancelled = async (params, input) => {
    const serviceDefaults = { minDelay: 10, maxDelay: 120 };
    return createWaiter({ ...serviceDefaults, ...params }, input, checkState$d);
};
const waitUntilMetadataModelConversionCancelled = async (params, input) => {
    const serviceDefaults = { minDelay: 10, maxDelay: 120 };
    const result = await createWaiter({ ...serviceDefaults, ...params }, input, checkState$d);
    return checkExceptions(result);
};

const checkState$c = async (client, input) => {
    let reason;
    try {
        let result = await client.send(new DescribeMetadataModelConversionsCommand(input));
        reason = result;
        try {
            const returnComparator = () => {
                let flat_1 = [].concat(...result.Requests);
                let projection_3 = flat_1.map((element_2) => {
                    return element_2.Status;
                });
                return projection_3;
            };
            let allStringEq_5 = (returnComparator().length > 0);
            for (let element_4 of returnComparator()) {
                allStringEq_5 = allStringEq_5 && (element_4 == "SUCCESS");
            }
            if (allStringEq_5) {
                return { state: WaiterState.SUCCESS, reason };
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                let flat_1 = [].concat(...result.Requests);
                let projection_3 = flat_1.map((element_2) => {
                    return element_2.Status;
                });
                return projection_3;
            };
            for (let anyStringEq_4 of returnComparator()) {
                if (anyStringEq_4 == "FAILED") {
                    return { state: WaiterState.FAILURE, reason };
                }
            }
        }
        catch (e) { }
    }
    catch (exception) {
        reason = exception;
    }
    return { state: WaiterState.RETRY, reason };
};
const waitForMetadataModelConverted = async (params, input) => {
    const serviceDefaults = { minDelay: 30, maxDelay: 120 };
    return createWaiter({ ...serviceDefaults, ...params }, input, checkState$c);
};
const waitUntilMetadataModelConverted = async (params, input) => {
    const serviceDefaults = { minDelay: 30, maxDelay: 120 };
    const result = await createWaiter({ ...serviceDefaults, ...params }, input, checkState$c);
    return checkExceptions(result);
};

const checkState$b = async (client, input) => {
    let reason;
    try {
        let result = await client.send(new DescribeMetadataModelCreationsCommand(input));
        reason = result;
        try {
            const returnComparator = () => {
                let flat_1 = [].concat(...result.Requests);
                let projection_3 = flat_1.map((element_2) => {
                    return element_2.Status;
                });
                return projection_3;
            };
            let allStringEq_5 = (returnComparator().length > 0);
            for (let element_4 of returnComparator()) {
                allStringEq_5 = allStringEq_5 && (element_4 == "SUCCESS");
            }
            if (allStringEq_5) {
                return { state: WaiterState.SUCCESS, reason };
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                let flat_1 = [].concat(...result.Requests);
                let projection_3 = flat_1.map((element_2) => {
                    return element_2.Status;
                });
                return projection_3;
            };
            for (let anyStringEq_4 of returnComparator()) {
                if (anyStringEq_4 == "FAILED") {
                    return { state: WaiterState.FAILURE, reason };
                }
            }
        }
        catch (e) { }
    }
    catch (exception) {
        reason = exception;
    }
    return { state: WaiterState.RETRY, reason };
};
const waitForMetadataModelCreated = async (params, input) => {
    const serviceDefaults = { minDelay: 15, maxDelay: 120 };
    return createWaiter({ ...serviceDefaults, ...params }, input, checkState$b);
};
const waitUntilMetadataModelCreated = async (params, input) => {
    const serviceDefaults = { minDelay: 15, maxDelay: 120 };
    const result = await createWaiter({ ...serviceDefaults, ...params }, input, checkState$b);
    return checkExceptions(result);
};

const checkState$a = async (client, input) => {
    let reason;
    try {
        let result = await client.send(new DescribeMetadataModelCreationsCommand(input));
        reason = result;
        try {
            const returnComparator = () => {
                let flat_1 = [].concat(...result.Requests);
                let projection_3 = flat_1.map((element_2) => {
                    return element_2.Status;
                });
                return projection_3;
            };
            let allStringEq_5 = (returnComparator().length > 0);
            for (let element_4 of returnComparator()) {
                allStringEq_5 = allStringEq_5 && (element_4 == "CANCELED");
            }
            if (allStringEq_5) {
                return { state: WaiterState.SUCCESS, reason };
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                let flat_1 = [].concat(...result.Requests);
                let projection_3 = flat_1.map((element_2) => {
                    return element_2.Status;
                });
                return projection_3;
            };
            for (let anyStringEq_4 of returnComparator()) {
                if (anyStringEq_4 == "FAILED") {
                    return { state: WaiterState.FAILURE, reason };
                }
            }
        }
        catch (e) { }
    }
    catch (exception) {
        reason = exception;
    }
    return { state: WaiterState.RETRY, reason };
};
const waitForMetadataModelCreationCancelled = async (params, input) => {
    const serviceDefaults = { minDelay: 10, maxDelay: 120 };
    return createWaiter({ ...serviceDefaults, ...params }, input, checkState$a);
};
const waitUntilMetadataModelCreationCancelled = async (params, input) => {
    const serviceDefaults = { minDelay: 10, maxDelay: 120 };
    const result = await createWaiter({ ...serviceDefaults, ...params }, input, checkState$a);
    return checkExceptions(result);
};

const checkState$9 = async (client, input) => {
    let reason;
    try {
        let result = await client.send(new DescribeMetadataModelExportsAsScriptCommand(input));
        reason = result;
        try {
            const returnComparator = () => {
                let flat_1 = [].concat(...result.Requests);
                let projection_3 = flat_1.map((element_2) => {
                    return element_2.Status;
                });
                return projection_3;
            };
            let allStringEq_5 = (returnComparator().length > 0);
            for (let element_4 of returnComparator()) {
                allStringEq_5 = allStringEq_5 && (element_4 == "SUCCESS");
            }
            if (allStringEq_5) {
                return { state: WaiterState.SUCCESS, reason };
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                let flat_1 = [].concat(...result.Requests);
                let projection_3 = flat_1.map((element_2) => {
                    return element_2.Status;
                });
                return projection_3;
            };
            for (let anyStringEq_4 of returnComparator()) {
                if (anyStringEq_4 == "FAILED") {
                    return { state: WaiterState.FAILURE, reason };
                }
            }
        }
        catch (e) { }
    }
    catch (exception) {
        reason = exception;
    }
    return { state: WaiterState.RETRY, reason };
};
const waitForMetadataModelExportedAsScript = async (params, input) => {
    const serviceDefaults = { minDelay: 20, maxDelay: 120 };
    return createWaiter({ ...serviceDefaults, ...params }, input, checkState$9);
};
const waitUntilMetadataModelExportedAsScript = async (params, input) => {
    const serviceDefaults = { minDelay: 20, maxDelay: 120 };
    const result = await createWaiter({ ...serviceDefaults, ...params }, input, checkState$9);
    return checkExceptions(result);
};

const checkState$8 = async (client, input) => {
    let reason;
    try {
        let result = await client.send(new DescribeMetadataModelExportsToTargetCommand(input));
        reason = result;
        try {
            const returnComparator = () => {
                let flat_1 = [].concat(...result.Requests);
                let projection_3 = flat_1.map((element_2) => {
                    return element_2.Status;
                });
                return projection_3;
            };
            let allStringEq_5 = (returnComparator().length > 0);
            for (let element_4 of returnComparator()) {
                allStringEq_5 = allStringEq_5 && (element_4 == "SUCCESS");
            }
            if (allStringEq_5) {
                return { state: WaiterState.SUCCESS, reason };
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                let flat_1 = [].concat(...result.Requests);
                let projection_3 = flat_1.map((element_2) => {
                    return element_2.Status;
                });
                return projection_3;
            };
            for (let anyStringEq_4 of returnComparator()) {
                if (anyStringEq_4 == "FAILED") {
                    return { state: WaiterState.FAILURE, reason };
                }
            }
        }
        catch (e) { }
    }
    catch (exception) {
        reason = exception;
    }
    return { state: WaiterState.RETRY, reason };
};
const waitForMetadataModelExportedToTarget = async (params, input) => {
    const serviceDefaults = { minDelay: 20, maxDelay: 120 };
    return createWaiter({ ...serviceDefaults, ...params }, input, checkState$8);
};
const waitUntilMetadataModelExportedToTarget = async (params, input) => {
    const serviceDefaults = { minDelay: 20, maxDelay: 120 };
    const result = await createWaiter({ ...serviceDefaults, ...params }, input, checkState$8);
    return checkExceptions(result);
};

const checkState$7 = async (client, input) => {
    let reason;
    try {
        let result = await client.send(new DescribeMetadataModelImportsCommand(input));
        reason = result;
        try {
            const returnComparator = () => {
                let flat_1 = [].concat(...result.Requests);
                let projection_3 = flat_1.map((element_2) => {
                    return element_2.Status;
                });
                return projection_3;
            };
            let allStringEq_5 = (returnComparator().length > 0);
            for (let element_4 of returnComparator()) {
                allStringEq_5 = allStringEq_5 && (element_4 == "SUCCESS");
            }
            if (allStringEq_5) {
                return { state: WaiterState.SUCCESS, reason };
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                let flat_1 = [].concat(...result.Requests);
                let projection_3 = flat_1.map((element_2) => {
                    return element_2.Status;
                });
                return projection_3;
            };
            for (let anyStringEq_4 of returnComparator()) {
                if (anyStringEq_4 == "FAILED") {
                    return { state: WaiterState.FAILURE, reason };
                }
            }
        }
        catch (e) { }
    }
    catch (exception) {
        reason = exception;
    }
    return { state: WaiterState.RETRY, reason };
};
const waitForMetadataModelImported = async (params, input) => {
    const serviceDefaults = { minDelay: 60, maxDelay: 120 };
    return createWaiter({ ...serviceDefaults, ...params }, input, checkState$7);
};
const waitUntilMetadataModelImported = async (params, input) => {
    const serviceDefaults = { minDelay: 60, maxDelay: 120 };
    const result = await createWaiter({ ...serviceDefaults, ...params }, input, checkState$7);
    return checkExceptions(result);
};

const checkState$6 = async (client, input) => {
    let reason;
    try {
        let result = await client.send(new DescribeReplicationInstancesCommand(input));
        reason = result;
        try {
            const returnComparator = () => {
                let flat_1 = [].concat(...result.ReplicationInstances);
                let projection_3 = flat_1.map((element_2) => {
                    return element_2.ReplicationInstanceStatus;
                });
                return projection_3;
            };
            let allStringEq_5 = (returnComparator().length > 0);
            for (let element_4 of returnComparator()) {
                allStringEq_5 = allStringEq_5 && (element_4 == "available");
            }
            if (allStringEq_5) {
                return { state: WaiterState.SUCCESS, reason };
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                let flat_1 = [].concat(...result.ReplicationInstances);
                let projection_3 = flat_1.map((element_2) => {
                    return element_2.ReplicationInstanceStatus;
                });
                return projection_3;
            };
            for (let anyStringEq_4 of returnComparator()) {
                if (anyStringEq_4 == "deleting") {
                    return { state: WaiterState.FAILURE, reason };
                }
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                let flat_1 = [].concat(...result.ReplicationInstances);
                let projection_3 = flat_1.map((element_2) => {
                    return element_2.ReplicationInstanceStatus;
                });
                return projection_3;
            };
            for (let anyStringEq_4 of returnComparator()) {
                if (anyStringEq_4 == "incompatible-credentials") {
                    return { state: WaiterState.FAILURE, reason };
                }
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                let flat_1 = [].concat(...result.ReplicationInstances);
                let projection_3 = flat_1.map((element_2) => {
                    return element_2.ReplicationInstanceStatus;
                });
                return projection_3;
            };
            for (let anyStringEq_4 of returnComparator()) {
                if (anyStringEq_4 == "incompatible-network") {
                    return { state: WaiterState.FAILURE, reason };
                }
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                let flat_1 = [].concat(...result.ReplicationInstances);
                let projection_3 = flat_1.map((element_2) => {
                    return element_2.ReplicationInstanceStatus;
                });
                return projection_3;
            };
            for (let anyStringEq_4 of returnComparator()) {
                if (anyStringEq_4 == "inaccessible-encryption-credentials") {
                    return { state: WaiterState.FAILURE, reason };
                }
            }
        }
        catch (e) { }
    }
    catch (exception) {
        reason = exception;
    }
    return { state: WaiterState.RETRY, reason };
};
const waitForReplicationInstanceAvailable = async (params, input) => {
    const serviceDefaults = { minDelay: 60, maxDelay: 120 };
    return createWaiter({ ...serviceDefaults, ...params }, input, checkState$6);
};
const waitUntilReplicationInstanceAvailable = async (params, input) => {
    const serviceDefaults = { minDelay: 60, maxDelay: 120 };
    const result = await createWaiter({ ...serviceDefaults, ...params }, input, checkState$6);
    return checkExceptions(result);
};

const checkState$5 = async (client, input) => {
    let reason;
    try {
        let result = await client.send(new DescribeReplicationInstancesCommand(input));
        reason = result;
        try {
            const returnComparator = () => {
                let flat_1 = [].concat(...result.ReplicationInstances);
                let projection_3 = flat_1.map((element_2) => {
                    return element_2.ReplicationInstanceStatus;
                });
                return projection_3;
            };
            for (let anyStringEq_4 of returnComparator()) {
                if (anyStringEq_4 == "available") {
                    return { state: WaiterState.FAILURE, reason };
                }
            }
        }
        catch (e) { }
    }
    catch (exception) {
        reason = exception;
        if (exception.name === "ResourceNotFoundFault") {
            return { state: WaiterState.SUCCESS, reason };
        }
    }
    return { state: WaiterState.RETRY, reason };
};
const waitForReplicationInstanceDeleted = async (params, input) => {
    const serviceDefaults = { minDelay: 15, maxDelay: 120 };
    return createWaiter({ ...serviceDefaults, ...params }, input, checkState$5);
};
const waitUntilReplicationInstanceDeleted = async (params, input) => {
    const serviceDefaults = { minDelay: 15, maxDelay: 120 };
    const result = await createWaiter({ ...serviceDefaults, ...params }, input, checkState$5);
    return checkExceptions(result);
};

const checkState$4 = async (client, input) => {
    let reason;
    try {
        let result = await client.send(new DescribeReplicationTasksCommand(input));
        reason = result;
        try {
            const returnComparator = () => {
                let flat_1 = [].concat(...result.ReplicationTasks);
                let projection_3 = flat_1.map((element_2) => {
                    return element_2.Status;
                });
                return projection_3;
            };
            for (let anyStringEq_4 of returnComparator()) {
                if (anyStringEq_4 == "ready") {
                    return { state: WaiterState.FAILURE, reason };
                }
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                let flat_1 = [].concat(...result.ReplicationTasks);
                let projection_3 = flat_1.map((element_2) => {
                    return element_2.Status;
                });
                return projection_3;
            };
            for (let anyStringEq_4 of returnComparator()) {
                if (anyStringEq_4 == "creating") {
                    return { state: WaiterState.FAILURE, reason };
                }
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                let flat_1 = [].concat(...result.ReplicationTasks);
                let projection_3 = flat_1.map((element_2) => {
                    return element_2.Status;
                });
                return projection_3;
            };
            for (let anyStringEq_4 of returnComparator()) {
                if (anyStringEq_4 == "stopped") {
                    return { state: WaiterState.FAILURE, reason };
                }
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                let flat_1 = [].concat(...result.ReplicationTasks);
                let projection_3 = flat_1.map((element_2) => {
                    return element_2.Status;
                });
                return projection_3;
            };
            for (let anyStringEq_4 of returnComparator()) {
                if (anyStringEq_4 == "running") {
                    return { state: WaiterState.FAILURE, reason };
                }
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                let flat_1 = [].concat(...result.ReplicationTasks);
                let projection_3 = flat_1.map((element_2) => {
                    return element_2.Status;
                });
                return projection_3;
            };
            for (let anyStringEq_4 of returnComparator()) {
                if (anyStringEq_4 == "failed") {
                    return { state: WaiterState.FAILURE, reason };
                }
            }
        }
        catch (e) { }
    }
    catch (exception) {
        reason = exception;
        if (exception.name === "ResourceNotFoundFault") {
            return { state: WaiterState.SUCCESS, reason };
        }
    }
    return { state: WaiterState.RETRY, reason };
};
const waitForReplicationTaskDeleted = async (params, input) => {
    const serviceDefaults = { minDelay: 15, maxDelay: 120 };
    return createWaiter({ ...serviceDefaults, ...params }, input, checkState$4);
};
const waitUntilReplicationTaskDeleted = async (params, input) => {
    const serviceDefaults = { minDelay: 15, maxDelay: 120 };
    const result = await createWaiter({ ...serviceDefaults, ...params }, input, checkState$4);
    return checkExceptions(result);
};

const checkState$3 = async (client, input) => {
    let reason;
    try {
        let result = await client.send(new DescribeReplicationTasksCommand(input));
        reason = result;
        try {
            const returnComparator = () => {
                let flat_1 = [].concat(...result.ReplicationTasks);
                let projection_3 = flat_1.map((element_2) => {
                    return element_2.Status;
                });
                return projection_3;
            };
            let allStringEq_5 = (returnComparator().length > 0);
            for (let element_4 of returnComparator()) {
                allStringEq_5 = allStringEq_5 && (element_4 == "ready");
            }
            if (allStringEq_5) {
                return { state: WaiterState.SUCCESS, reason };
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                let flat_1 = [].concat(...result.ReplicationTasks);
                let projection_3 = flat_1.map((element_2) => {
                    return element_2.Status;
                });
                return projection_3;
            };
            for (let anyStringEq_4 of returnComparator()) {
                if (anyStringEq_4 == "starting") {
                    return { state: WaiterState.FAILURE, reason };
                }
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                let flat_1 = [].concat(...result.ReplicationTasks);
                let projection_3 = flat_1.map((element_2) => {
                    return element_2.Status;
                });
                return projection_3;
            };
            for (let anyStringEq_4 of returnComparator()) {
                if (anyStringEq_4 == "running") {
                    return { state: WaiterState.FAILURE, reason };
                }
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                let flat_1 = [].concat(...result.ReplicationTasks);
                let projection_3 = flat_1.map((element_2) => {
                    return element_2.Status;
                });
                return projection_3;
            };
            for (let anyStringEq_4 of returnComparator()) {
                if (anyStringEq_4 == "stopping") {
                    return { state: WaiterState.FAILURE, reason };
                }
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                let flat_1 = [].concat(...result.ReplicationTasks);
                let projection_3 = flat_1.map((element_2) => {
                    return element_2.Status;
                });
                return projection_3;
            };
            for (let anyStringEq_4 of returnComparator()) {
                if (anyStringEq_4 == "stopped") {
                    return { state: WaiterState.FAILURE, reason };
                }
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                let flat_1 = [].concat(...result.ReplicationTasks);
                let projection_3 = flat_1.map((element_2) => {
                    return element_2.Status;
                });
                return projection_3;
            };
            for (let anyStringEq_4 of returnComparator()) {
                if (anyStringEq_4 == "failed") {
                    return { state: WaiterState.FAILURE, reason };
                }
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                let flat_1 = [].concat(...result.ReplicationTasks);
                let projection_3 = flat_1.map((element_2) => {
                    return element_2.Status;
                });
                return projection_3;
            };
            for (let anyStringEq_4 of returnComparator()) {
                if (anyStringEq_4 == "modifying") {
                    return { state: WaiterState.FAILURE, reason };
                }
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                let flat_1 = [].concat(...result.ReplicationTasks);
                let projection_3 = flat_1.map((element_2) => {
                    return element_2.Status;
                });
                return projection_3;
            };
            for (let anyStringEq_4 of returnComparator()) {
                if (anyStringEq_4 == "testing") {
                    return { state: WaiterState.FAILURE, reason };
                }
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                let flat_1 = [].concat(...result.ReplicationTasks);
                let projection_3 = flat_1.map((element_2) => {
                    return element_2.Status;
                });
                return projection_3;
            };
            for (let anyStringEq_4 of returnComparator()) {
                if (anyStringEq_4 == "deleting") {
                    return { state: WaiterState.FAILURE, reason };
                }
            }
        }
        catch (e) { }
    }
    catch (exception) {
        reason = exception;
    }
    return { state: WaiterState.RETRY, reason };
};
const waitForReplicationTaskReady = async (params, input) => {
    const serviceDefaults = { minDelay: 15, maxDelay: 120 };
    return createWaiter({ ...serviceDefaults, ...params }, input, checkState$3);
};
const waitUntilReplicationTaskReady = async (params, input) => {
    const serviceDefaults = { minDelay: 15, maxDelay: 120 };
    const result = await createWaiter({ ...serviceDefaults, ...params }, input, checkState$3);
    return checkExceptions(result);
};

const checkState$2 = async (client, input) => {
    let reason;
    try {
        let result = await client.send(new DescribeReplicationTasksCommand(input));
        reason = result;
        try {
            const returnComparator = () => {
                let flat_1 = [].concat(...result.ReplicationTasks);
                let projection_3 = flat_1.map((element_2) => {
                    return element_2.Status;
                });
                return projection_3;
            };
            let allStringEq_5 = (returnComparator().length > 0);
            for (let element_4 of returnComparator()) {
                allStringEq_5 = allStringEq_5 && (element_4 == "running");
            }
            if (allStringEq_5) {
                return { state: WaiterState.SUCCESS, reason };
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                let flat_1 = [].concat(...result.ReplicationTasks);
                let projection_3 = flat_1.map((element_2) => {
                    return element_2.Status;
                });
                return projection_3;
            };
            for (let anyStringEq_4 of returnComparator()) {
                if (anyStringEq_4 == "ready") {
                    return { state: WaiterState.FAILURE, reason };
                }
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                let flat_1 = [].concat(...result.ReplicationTasks);
                let projection_3 = flat_1.map((element_2) => {
                    return element_2.Status;
                });
                return projection_3;
            };
            for (let anyStringEq_4 of returnComparator()) {
                if (anyStringEq_4 == "creating") {
                    return { state: WaiterState.FAILURE, reason };
                }
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                let flat_1 = [].concat(...result.ReplicationTasks);
                let projection_3 = flat_1.map((element_2) => {
                    return element_2.Status;
                });
                return projection_3;
            };
            for (let anyStringEq_4 of returnComparator()) {
                if (anyStringEq_4 == "stopping") {
                    return { state: WaiterState.FAILURE, reason };
                }
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                let flat_1 = [].concat(...result.ReplicationTasks);
                let projection_3 = flat_1.map((element_2) => {
                    return element_2.Status;
                });
                return projection_3;
            };
            for (let anyStringEq_4 of returnComparator()) {
                if (anyStringEq_4 == "stopped") {
                    return { state: WaiterState.FAILURE, reason };
                }
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                let flat_1 = [].concat(...result.ReplicationTasks);
                let projection_3 = flat_1.map((element_2) => {
                    return element_2.Status;
                });
                return projection_3;
            };
            for (let anyStringEq_4 of returnComparator()) {
                if (anyStringEq_4 == "failed") {
                    return { state: WaiterState.FAILURE, reason };
                }
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                let flat_1 = [].concat(...result.ReplicationTasks);
                let projection_3 = flat_1.map((element_2) => {
                    return element_2.Status;
                });
                return projection_3;
            };
            for (let anyStringEq_4 of returnComparator()) {
                if (anyStringEq_4 == "modifying") {
                    return { state: WaiterState.FAILURE, reason };
                }
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                let flat_1 = [].concat(...result.ReplicationTasks);
                let projection_3 = flat_1.map((element_2) => {
                    return element_2.Status;
                });
                return projection_3;
            };
            for (let anyStringEq_4 of returnComparator()) {
                if (anyStringEq_4 == "testing") {
                    return { state: WaiterState.FAILURE, reason };
                }
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                let flat_1 = [].concat(...result.ReplicationTasks);
                let projection_3 = flat_1.map((element_2) => {
                    return element_2.Status;
                });
                return projection_3;
            };
            for (let anyStringEq_4 of returnComparator()) {
                if (anyStringEq_4 == "deleting") {
                    return { state: WaiterState.FAILURE, reason };
                }
            }
        }
        catch (e) { }
    }
    catch (exception) {
        reason = exception;
    }
    return { state: WaiterState.RETRY, reason };
};
const waitForReplicationTaskRunning = async (params, input) => {
    const serviceDefaults = { minDelay: 15, maxDelay: 120 };
    return createWaiter({ ...serviceDefaults, ...params }, input, checkState$2);
};
const waitUntilReplicationTaskRunning = async (params, input) => {
    const serviceDefaults = { minDelay: 15, maxDelay: 120 };
    const result = await createWaiter({ ...serviceDefaults, ...params }, input, checkState$2);
    return checkExceptions(result);
};

const checkState$1 = async (client, input) => {
    let reason;
    try {
        let result = await client.send(new DescribeReplicationTasksCommand(input));
        reason = result;
        try {
            const returnComparator = () => {
                let flat_1 = [].concat(...result.ReplicationTasks);
                let projection_3 = flat_1.map((element_2) => {
                    return element_2.Status;
                });
                return projection_3;
            };
            let allStringEq_5 = (returnComparator().length > 0);
            for (let element_4 of returnComparator()) {
                allStringEq_5 = allStringEq_5 && (element_4 == "stopped");
            }
            if (allStringEq_5) {
                return { state: WaiterState.SUCCESS, reason };
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                let flat_1 = [].concat(...result.ReplicationTasks);
                let projection_3 = flat_1.map((element_2) => {
                    return element_2.Status;
                });
                return projection_3;
            };
            for (let anyStringEq_4 of returnComparator()) {
                if (anyStringEq_4 == "ready") {
                    return { state: WaiterState.FAILURE, reason };
                }
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                let flat_1 = [].concat(...result.ReplicationTasks);
                let projection_3 = flat_1.map((element_2) => {
                    return element_2.Status;
                });
                return projection_3;
            };
            for (let anyStringEq_4 of returnComparator()) {
                if (anyStringEq_4 == "creating") {
                    return { state: WaiterState.FAILURE, reason };
                }
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                let flat_1 = [].concat(...result.ReplicationTasks);
                let projection_3 = flat_1.map((element_2) => {
                    return element_2.Status;
                });
                return projection_3;
            };
            for (let anyStringEq_4 of returnComparator()) {
                if (anyStringEq_4 == "starting") {
                    return { state: WaiterState.FAILURE, reason };
                }
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                let flat_1 = [].concat(...result.ReplicationTasks);
                let projection_3 = flat_1.map((element_2) => {
                    return element_2.Status;
                });
                return projection_3;
            };
            for (let anyStringEq_4 of returnComparator()) {
                if (anyStringEq_4 == "failed") {
                    return { state: WaiterState.FAILURE, reason };
                }
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                let flat_1 = [].concat(...result.ReplicationTasks);
                let projection_3 = flat_1.map((element_2) => {
                    return element_2.Status;
                });
                return projection_3;
            };
            for (let anyStringEq_4 of returnComparator()) {
                if (anyStringEq_4 == "modifying") {
                    return { state: WaiterState.FAILURE, reason };
                }
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                let flat_1 = [].concat(...result.ReplicationTasks);
                let projection_3 = flat_1.map((element_2) => {
                    return element_2.Status;
                });
                return projection_3;
            };
            for (let anyStringEq_4 of returnComparator()) {
                if (anyStringEq_4 == "testing") {
                    return { state: WaiterState.FAILURE, reason };
                }
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                let flat_1 = [].concat(...result.ReplicationTasks);
                let projection_3 = flat_1.map((element_2) => {
                    return element_2.Status;
                });
                return projection_3;
            };
            for (let anyStringEq_4 of returnComparator()) {
                if (anyStringEq_4 == "deleting") {
                    return { state: WaiterState.FAILURE, reason };
                }
            }
        }
        catch (e) { }
    }
    catch (exception) {
        reason = exception;
    }
    return { state: WaiterState.RETRY, reason };
};
const waitForReplicationTaskStopped = async (params, input) => {
    const serviceDefaults = { minDelay: 15, maxDelay: 120 };
    return createWaiter({ ...serviceDefaults, ...params }, input, checkState$1);
};
const waitUntilReplicationTaskStopped = async (params, input) => {
    const serviceDefaults = { minDelay: 15, maxDelay: 120 };
    const result = await createWaiter({ ...serviceDefaults, ...params }, input, checkState$1);
    return checkExceptions(result);
};

const checkState = async (client, input) => {
    let reason;
    try {
        let result = await client.send(new DescribeConnectionsCommand(input));
        reason = result;
        try {
            const returnComparator = () => {
                let flat_1 = [].concat(...result.Connections);
                let projection_3 = flat_1.map((element_2) => {
                    return element_2.Status;
                });
                return projection_3;
            };
            let allStringEq_5 = (returnComparator().length > 0);
            for (let element_4 of returnComparator()) {
                allStringEq_5 = allStringEq_5 && (element_4 == "successful");
            }
            if (allStringEq_5) {
                return { state: WaiterState.SUCCESS, reason };
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                let flat_1 = [].concat(...result.Connections);
                let projection_3 = flat_1.map((element_2) => {
                    return element_2.Status;
                });
                return projection_3;
            };
            for (let anyStringEq_4 of returnComparator()) {
                if (anyStringEq_4 == "failed") {
                    return { state: WaiterState.FAILURE, reason };
                }
            }
        }
        catch (e) { }
    }
    catch (exception) {
        reason = exception;
    }
    return { state: WaiterState.RETRY, reason };
};
const waitForTestConnectionSucceeds = async (params, input) => {
    const serviceDefaults = { minDelay: 5, maxDelay: 120 };
    return createWaiter({ ...serviceDefaults, ...params }, input, checkState);
};
const waitUntilTestConnectionSucceeds = async (params, input) => {
    const serviceDefaults = { minDelay: 5, maxDelay: 120 };
    const result = await createWaiter({ ...serviceDefaults, ...params }, input, checkState);
    return checkExceptions(result);
};

const commands = {
    AddTagsToResourceCommand,
    ApplyPendingMaintenanceActionCommand,
    BatchStartRecommendationsCommand,
    CancelMetadataModelConversionCommand,
    CancelMetadataModelCreationCommand,
    CancelReplicationTaskAssessmentRunCommand,
    CreateDataMigrationCommand,
    CreateDataProviderCommand,
    CreateEndpointCommand,
    CreateEventSubscriptionCommand,
    CreateFleetAdvisorCollectorCommand,
    CreateInstanceProfileCommand,
    CreateMigrationProjectCommand,
    CreateReplicationConfigCommand,
    CreateReplicationInstanceCommand,
    CreateReplicationSubnetGroupCommand,
    CreateReplicationTaskCommand,
    DeleteCertificateCommand,
    DeleteConnectionCommand,
    DeleteDataMigrationCommand,
    DeleteDataProviderCommand,
    DeleteEndpointCommand,
    DeleteEventSubscriptionCommand,
    DeleteFleetAdvisorCollectorCommand,
    DeleteFleetAdvisorDatabasesCommand,
    DeleteInstanceProfileCommand,
    DeleteMigrationProjectCommand,
    DeleteReplicationConfigCommand,
    DeleteReplicationInstanceCommand,
    DeleteReplicationSubnetGroupCommand,
    DeleteReplicationTaskCommand,
    DeleteReplicationTaskAssessmentRunCommand,
    DescribeAccountAttributesCommand,
    DescribeApplicableIndividualAssessmentsCommand,
    DescribeCertificatesCommand,
    DescribeConnectionsCommand,
    DescribeConversionConfigurationCommand,
    DescribeDataMigrationsCommand,
    DescribeDataProvidersCommand,
    DescribeEndpointsCommand,
    DescribeEndpointSettingsCommand,
    DescribeEndpointTypesCommand,
    DescribeEngineVersionsCommand,
    DescribeEventCategoriesCommand,
    DescribeEventsCommand,
    DescribeEventSubscriptionsCommand,
    DescribeExtensionPackAssociationsCommand,
    DescribeFleetAdvisorCollectorsCommand,
    DescribeFleetAdvisorDatabasesCommand,
    DescribeFleetAdvisorLsaAnalysisCommand,
    DescribeFleetAdvisorSchemaObjectSummaryCommand,
    DescribeFleetAdvisorSchemasCommand,
    DescribeInstanceProfilesCommand,
    DescribeMetadataModelCommand,
    DescribeMetadataModelAssessmentsCommand,
    DescribeMetadataModelChildrenCommand,
    DescribeMetadataModelConversionsCommand,
    DescribeMetadataModelCreationsCommand,
    DescribeMetadataModelExportsAsScriptCommand,
    DescribeMetadataModelExportsToTargetCommand,
    DescribeMetadataModelImportsCommand,
    DescribeMigrationProjectsCommand,
    DescribeOrderableReplicationInstancesCommand,
    DescribePendingMaintenanceActionsCommand,
    DescribeRecommendationLimitationsCommand,
    DescribeRecommendationsCommand,
    DescribeRefreshSchemasStatusCommand,
    DescribeReplicationConfigsCommand,
    DescribeReplicationInstancesCommand,
    DescribeReplicationInstanceTaskLogsCommand,
    DescribeReplicationsCommand,
    DescribeReplicationSubnetGroupsCommand,
    DescribeReplicationTableStatisticsCommand,
    DescribeReplicationTaskAssessmentResultsCommand,
    DescribeReplicationTaskAssessmentRunsCommand,
    DescribeReplicationTaskIndividualAssessmentsCommand,
    DescribeReplicationTasksCommand,
    DescribeSchemasCommand,
    DescribeTableStatisticsCommand,
    ExportMetadataModelAssessmentCommand,
    GetTargetSelectionRulesCommand,
    ImportCertificateCommand,
    ListTagsForResourceCommand,
    ModifyConversionConfigurationCommand,
    ModifyDataMigrationCommand,
    ModifyDataProviderCommand,
    ModifyEndpointCommand,
    ModifyEventSubscriptionCommand,
    ModifyInstanceProfileCommand,
    ModifyMigrationProjectCommand,
    ModifyReplicationConfigCommand,
    ModifyReplicationInstanceCommand,
    ModifyReplicationSubnetGroupCommand,
    ModifyReplicationTaskCommand,
    MoveReplicationTaskCommand,
    RebootReplicationInstanceCommand,
    RefreshSchemasCommand,
    ReloadReplicationTablesCommand,
    ReloadTablesCommand,
    RemoveTagsFromResourceCommand,
    RunFleetAdvisorLsaAnalysisCommand,
    StartDataMigrationCommand,
    StartExtensionPackAssociationCommand,
    StartMetadataModelAssessmentCommand,
    StartMetadataModelConversionCommand,
    StartMetadataModelCreationCommand,
    StartMetadataModelExportAsScriptCommand,
    StartMetadataModelExportToTargetCommand,
    StartMetadataModelImportCommand,
    StartRecommendationsCommand,
    StartReplicationCommand,
    StartReplicationTaskCommand,
    StartReplicationTaskAssessmentCommand,
    StartReplicationTaskAssessmentRunCommand,
    StopDataMigrationCommand,
    StopReplicationCommand,
    StopReplicationTaskCommand,
    TestConnectionCommand,
    UpdateSubscriptionsToEventBridgeCommand,
};
const paginators = {
    paginateDescribeApplicableIndividualAssessments,
    paginateDescribeCertificates,
    paginateDescribeConnections,
    paginateDescribeDataMigrations,
    paginateDescribeDataProviders,
    paginateDescribeEndpoints,
    paginateDescribeEndpointSettings,
    paginateDescribeEndpointTypes,
    paginateDescribeEngineVersions,
    paginateDescribeEvents,
    paginateDescribeEventSubscriptions,
    paginateDescribeExtensionPackAssociations,
    paginateDescribeFleetAdvisorCollectors,
    paginateDescribeFleetAdvisorDatabases,
    paginateDescribeFleetAdvisorLsaAnalysis,
    paginateDescribeFleetAdvisorSchemaObjectSummary,
    paginateDescribeFleetAdvisorSchemas,
    paginateDescribeInstanceProfiles,
    paginateDescribeMetadataModelAssessments,
    paginateDescribeMetadataModelChildren,
    paginateDescribeMetadataModelConversions,
    paginateDescribeMetadataModelCreations,
    paginateDescribeMetadataModelExportsAsScript,
    paginateDescribeMetadataModelExportsToTarget,
    paginateDescribeMetadataModelImports,
    paginateDescribeMigrationProjects,
    paginateDescribeOrderableReplicationInstances,
    paginateDescribePendingMaintenanceActions,
    paginateDescribeRecommendationLimitations,
    paginateDescribeRecommendations,
    paginateDescribeReplicationConfigs,
    paginateDescribeReplicationInstances,
    paginateDescribeReplicationInstanceTaskLogs,
    paginateDescribeReplications,
    paginateDescribeReplicationSubnetGroups,
    paginateDescribeReplicationTableStatistics,
    paginateDescribeReplicationTaskAssessmentResults,
    paginateDescribeReplicationTaskAssessmentRuns,
    paginateDescribeReplicationTaskIndividualAssessments,
    paginateDescribeReplicationTasks,
    paginateDescribeSchemas,
    paginateDescribeTableStatistics,
};
const waiters = {
    waitUntilTestConnectionSucceeds,
    waitUntilEndpointDeleted,
    waitUntilExtensionPackAssociated,
    waitUntilMetadataModelAssessed,
    waitUntilMetadataModelConversionCancelled,
    waitUntilMetadataModelConverted,
    waitUntilMetadataModelCreated,
    waitUntilMetadataModelCreationCancelled,
    waitUntilMetadataModelExportedAsScript,
    waitUntilMetadataModelExportedToTarget,
    waitUntilMetadataModelImported,
    waitUntilReplicationInstanceAvailable,
    waitUntilReplicationInstanceDeleted,
    waitUntilReplicationTaskDeleted,
    waitUntilReplicationTaskReady,
    waitUntilReplicationTaskRunning,
    waitUntilReplicationTaskStopped,
};
class DatabaseMigrationService extends DatabaseMigrationServiceClient {
}
createAggregatedClient(commands, DatabaseMigrationService, { paginators, waiters });

const MigrationTypeValue = {
    CDC: "cdc",
    FULL_LOAD: "full-load",
    FULL_LOAD_AND_CDC: "full-load-and-cdc",
};
const TablePreparationMode = {
    DO_NOTHING: "do-nothing",
    DROP_TABLES_ON_TARGET: "drop-tables-on-target",
    TRUNCATE: "truncate",
};
const DmsSslModeValue = {
    NONE: "none",
    REQUIRE: "require",
    VERIFY_CA: "verify-ca",
    VERIFY_FULL: "verify-full",
};
const AuthMechanismValue = {
    DEFAULT: "default",
    MONGODB_CR: "mongodb_cr",
    SCRAM_SHA_1: "scram_sha_1",
};
const AuthTypeValue = {
    NO: "no",
    PASSWORD: "password",
};
const NestingLevelValue = {
    NONE: "none",
    ONE: "one",
};
const ReplicationEndpointTypeValue = {
    SOURCE: "source",
    TARGET: "target",
};
const TargetDbType = {
    MULTIPLE_DATABASES: "multiple-databases",
    SPECIFIC_DATABASE: "specific-database",
};
const MessageFormatValue = {
    JSON: "json",
    JSON_UNFORMATTED: "json-unformatted",
};
const KafkaSaslMechanism = {
    PLAIN: "plain",
    SCRAM_SHA_512: "scram-sha-512",
};
const KafkaSecurityProtocol = {
    PLAINTEXT: "plaintext",
    SASL_SSL: "sasl-ssl",
    SSL_AUTHENTICATION: "ssl-authentication",
    SSL_ENCRYPTION: "ssl-encryption",
};
const KafkaSslEndpointIdentificationAlgorithm = {
    HTTPS: "https",
    NONE: "none",
};
const SqlServerAuthenticationMethod = {
    Kerberos: "kerberos",
    Password: "password",
};
const SafeguardPolicy = {
    EXCLUSIVE_AUTOMATIC_TRUNCATION: "exclusive-automatic-truncation",
    RELY_ON_SQL_SERVER_REPLICATION_AGENT: "rely-on-sql-server-replication-agent",
    SHARED_AUTOMATIC_TRUNCATION: "shared-automatic-truncation",
};
const TlogAccessMode = {
    BackupOnly: "BackupOnly",
    PreferBackup: "PreferBackup",
    PreferTlog: "PreferTlog",
    TlogOnly: "TlogOnly",
};
const MySQLAuthenticationMethod = {
    IAM: "iam",
    Password: "password",
};
const OracleAuthenticationMethod = {
    Kerberos: "kerberos",
    Password: "password",
};
const CharLengthSemantics = {
    BYTE: "byte",
    CHAR: "char",
    DEFAULT: "default",
};
const PostgreSQLAuthenticationMethod = {
    IAM: "iam",
    Password: "password",
};
const DatabaseMode = {
    BABELFISH: "babelfish",
    DEFAULT: "default",
};
const LongVarcharMappingType = {
    CLOB: "clob",
    NCLOB: "nclob",
    WSTRING: "wstring",
};
const PluginNameValue = {
    NO_PREFERENCE: "no-preference",
    PGLOGICAL: "pglogical",
    TEST_DECODING: "test-decoding",
};
const RedisAuthTypeValue = {
    AUTH_ROLE: "auth-role",
    AUTH_TOKEN: "auth-token",
    NONE: "none",
};
const SslSecurityProtocolValue = {
    PLAINTEXT: "plaintext",
    SSL_ENCRYPTION: "ssl-encryption",
};
const EncryptionModeValue = {
    SSE_KMS: "sse-kms",
    SSE_S3: "sse-s3",
};
const CannedAclForObjectsValue = {
    AUTHENTICATED_READ: "authenticated-read",
    AWS_EXEC_READ: "aws-exec-read",
    BUCKET_OWNER_FULL_CONTROL: "bucket-owner-full-control",
    BUCKET_OWNER_READ: "bucket-owner-read",
    NONE: "none",
    PRIVATE: "private",
    PUBLIC_READ: "public-read",
    PUBLIC_READ_WRITE: "public-read-write",
};
const CompressionTypeValue = {
    GZIP: "gzip",
    NONE: "none",
};
const DataFormatValue = {
    CSV: "csv",
    PARQUET: "parquet",
};
const DatePartitionDelimiterValue = {
    DASH: "DASH",
    NONE: "NONE",
    SLASH: "SLASH",
    UNDERSCORE: "UNDERSCORE",
};
const DatePartitionSequenceValue = {
    DDMMYYYY: "DDMMYYYY",
    MMYYYYDD: "MMYYYYDD",
    YYYYMM: "YYYYMM",
    YYYYMMDD: "YYYYMMDD",
    YYYYMMDDHH: "YYYYMMDDHH",
};
const EncodingTypeValue = {
    PLAIN: "plain",
    PLAIN_DICTIONARY: "plain-dictionary",
    RLE_DICTIONARY: "rle-dictionary",
};
const ParquetVersionValue = {
    PARQUET_1_0: "parquet-1-0",
    PARQUET_2_0: "parquet-2-0",
};
const EndpointSettingTypeValue = {
    BOOLEAN: "boolean",
    ENUM: "enum",
    INTEGER: "integer",
    STRING: "string",
};
const ReleaseStatusValues = {
    BETA: "beta",
    PROD: "prod",
};
const SourceType = {
    replication_instance: "replication-instance",
};
const CollectorStatus = {
    ACTIVE: "ACTIVE",
    UNREGISTERED: "UNREGISTERED",
};
const VersionStatus = {
    OUTDATED: "OUTDATED",
    UNSUPPORTED: "UNSUPPORTED",
    UP_TO_DATE: "UP_TO_DATE",
};
const OriginTypeValue = {
    SOURCE: "SOURCE",
    TARGET: "TARGET",
};
const RefreshSchemasStatusTypeValue = {
    FAILED: "failed",
    REFRESHING: "refreshing",
    SUCCESSFUL: "successful",
};
const AssessmentReportType = {
    CSV: "csv",
    PDF: "pdf",
};
const ReloadOptionValue = {
    DATA_RELOAD: "data-reload",
    VALIDATE_ONLY: "validate-only",
};
const StartReplicationMigrationTypeValue = {
    RELOAD_TARGET: "reload-target",
    RESUME_PROCESSING: "resume-processing",
    START_REPLICATION: "start-replication",
};
const StartReplicationTaskTypeValue = {
    RELOAD_TARGET: "reload-target",
    RESUME_PROCESSING: "resume-processing",
    START_REPLICATION: "start-replication",
};

__webpack_unused_export__ = AccessDeniedFault;
__webpack_unused_export__ = AccessDeniedFault$;
__webpack_unused_export__ = AccountQuota$;
__webpack_unused_export__ = AddTagsToResource$;
__webpack_unused_export__ = AddTagsToResourceCommand;
__webpack_unused_export__ = AddTagsToResourceMessage$;
__webpack_unused_export__ = AddTagsToResourceResponse$;
__webpack_unused_export__ = ApplyPendingMaintenanceAction$;
__webpack_unused_export__ = ApplyPendingMaintenanceActionCommand;
__webpack_unused_export__ = ApplyPendingMaintenanceActionMessage$;
__webpack_unused_export__ = ApplyPendingMaintenanceActionResponse$;
__webpack_unused_export__ = AssessmentReportType;
__webpack_unused_export__ = AuthMechanismValue;
__webpack_unused_export__ = AuthTypeValue;
__webpack_unused_export__ = AvailabilityZone$;
__webpack_unused_export__ = BatchStartRecommendations$;
__webpack_unused_export__ = BatchStartRecommendationsCommand;
__webpack_unused_export__ = BatchStartRecommendationsErrorEntry$;
__webpack_unused_export__ = BatchStartRecommendationsRequest$;
__webpack_unused_export__ = BatchStartRecommendationsResponse$;
__webpack_unused_export__ = CancelMetadataModelConversion$;
__webpack_unused_export__ = CancelMetadataModelConversionCommand;
__webpack_unused_export__ = CancelMetadataModelConversionMessage$;
__webpack_unused_export__ = CancelMetadataModelConversionResponse$;
__webpack_unused_export__ = CancelMetadataModelCreation$;
__webpack_unused_export__ = CancelMetadataModelCreationCommand;
__webpack_unused_export__ = CancelMetadataModelCreationMessage$;
__webpack_unused_export__ = CancelMetadataModelCreationResponse$;
__webpack_unused_export__ = CancelReplicationTaskAssessmentRun$;
__webpack_unused_export__ = CancelReplicationTaskAssessmentRunCommand;
__webpack_unused_export__ = CancelReplicationTaskAssessmentRunMessage$;
__webpack_unused_export__ = CancelReplicationTaskAssessmentRunResponse$;
__webpack_unused_export__ = CannedAclForObjectsValue;
__webpack_unused_export__ = Certificate$;
__webpack_unused_export__ = CharLengthSemantics;
__webpack_unused_export__ = CollectorHealthCheck$;
__webpack_unused_export__ = CollectorNotFoundFault;
__webpack_unused_export__ = CollectorNotFoundFault$;
__webpack_unused_export__ = CollectorResponse$;
__webpack_unused_export__ = CollectorShortInfoResponse$;
__webpack_unused_export__ = CollectorStatus;
__webpack_unused_export__ = CompressionTypeValue;
__webpack_unused_export__ = ComputeConfig$;
__webpack_unused_export__ = Connection$;
__webpack_unused_export__ = CreateDataMigration$;
__webpack_unused_export__ = CreateDataMigrationCommand;
__webpack_unused_export__ = CreateDataMigrationMessage$;
__webpack_unused_export__ = CreateDataMigrationResponse$;
__webpack_unused_export__ = CreateDataProvider$;
__webpack_unused_export__ = CreateDataProviderCommand;
__webpack_unused_export__ = CreateDataProviderMessage$;
__webpack_unused_export__ = CreateDataProviderResponse$;
__webpack_unused_export__ = CreateEndpoint$;
__webpack_unused_export__ = CreateEndpointCommand;
__webpack_unused_export__ = CreateEndpointMessage$;
__webpack_unused_export__ = CreateEndpointResponse$;
__webpack_unused_export__ = CreateEventSubscription$;
__webpack_unused_export__ = CreateEventSubscriptionCommand;
__webpack_unused_export__ = CreateEventSubscriptionMessage$;
__webpack_unused_export__ = CreateEventSubscriptionResponse$;
__webpack_unused_export__ = CreateFleetAdvisorCollector$;
__webpack_unused_export__ = CreateFleetAdvisorCollectorCommand;
__webpack_unused_export__ = CreateFleetAdvisorCollectorRequest$;
__webpack_unused_export__ = CreateFleetAdvisorCollectorResponse$;
__webpack_unused_export__ = CreateInstanceProfile$;
__webpack_unused_export__ = CreateInstanceProfileCommand;
__webpack_unused_export__ = CreateInstanceProfileMessage$;
__webpack_unused_export__ = CreateInstanceProfileResponse$;
__webpack_unused_export__ = CreateMigrationProject$;
__webpack_unused_export__ = CreateMigrationProjectCommand;
__webpack_unused_export__ = CreateMigrationProjectMessage$;
__webpack_unused_export__ = CreateMigrationProjectResponse$;
__webpack_unused_export__ = CreateReplicationConfig$;
__webpack_unused_export__ = CreateReplicationConfigCommand;
__webpack_unused_export__ = CreateReplicationConfigMessage$;
__webpack_unused_export__ = CreateReplicationConfigResponse$;
__webpack_unused_export__ = CreateReplicationInstance$;
__webpack_unused_export__ = CreateReplicationInstanceCommand;
__webpack_unused_export__ = CreateReplicationInstanceMessage$;
__webpack_unused_export__ = CreateReplicationInstanceResponse$;
__webpack_unused_export__ = CreateReplicationSubnetGroup$;
__webpack_unused_export__ = CreateReplicationSubnetGroupCommand;
__webpack_unused_export__ = CreateReplicationSubnetGroupMessage$;
__webpack_unused_export__ = CreateReplicationSubnetGroupResponse$;
__webpack_unused_export__ = CreateReplicationTask$;
__webpack_unused_export__ = CreateReplicationTaskCommand;
__webpack_unused_export__ = CreateReplicationTaskMessage$;
__webpack_unused_export__ = CreateReplicationTaskResponse$;
__webpack_unused_export__ = DataFormatValue;
__webpack_unused_export__ = DataMigration$;
__webpack_unused_export__ = DataMigrationSettings$;
__webpack_unused_export__ = DataMigrationStatistics$;
__webpack_unused_export__ = DataProvider$;
__webpack_unused_export__ = DataProviderDescriptor$;
__webpack_unused_export__ = DataProviderDescriptorDefinition$;
__webpack_unused_export__ = DataProviderSettings$;
__webpack_unused_export__ = DatabaseInstanceSoftwareDetailsResponse$;
__webpack_unused_export__ = DatabaseMigrationService;
exports.qiD = DatabaseMigrationServiceClient;
__webpack_unused_export__ = DatabaseMigrationServiceServiceException;
__webpack_unused_export__ = DatabaseMigrationServiceServiceException$;
__webpack_unused_export__ = DatabaseMode;
__webpack_unused_export__ = DatabaseResponse$;
__webpack_unused_export__ = DatabaseShortInfoResponse$;
__webpack_unused_export__ = DatePartitionDelimiterValue;
__webpack_unused_export__ = DatePartitionSequenceValue;
__webpack_unused_export__ = DefaultErrorDetails$;
__webpack_unused_export__ = DeleteCertificate$;
__webpack_unused_export__ = DeleteCertificateCommand;
__webpack_unused_export__ = DeleteCertificateMessage$;
__webpack_unused_export__ = DeleteCertificateResponse$;
__webpack_unused_export__ = DeleteCollectorRequest$;
__webpack_unused_export__ = DeleteConnection$;
__webpack_unused_export__ = DeleteConnectionCommand;
__webpack_unused_export__ = DeleteConnectionMessage$;
__webpack_unused_export__ = DeleteConnectionResponse$;
__webpack_unused_export__ = DeleteDataMigration$;
__webpack_unused_export__ = DeleteDataMigrationCommand;
__webpack_unused_export__ = DeleteDataMigrationMessage$;
__webpack_unused_export__ = DeleteDataMigrationResponse$;
__webpack_unused_export__ = DeleteDataProvider$;
__webpack_unused_export__ = DeleteDataProviderCommand;
__webpack_unused_export__ = DeleteDataProviderMessage$;
__webpack_unused_export__ = DeleteDataProviderResponse$;
__webpack_unused_export__ = DeleteEndpoint$;
__webpack_unused_export__ = DeleteEndpointCommand;
__webpack_unused_export__ = DeleteEndpointMessage$;
__webpack_unused_export__ = DeleteEndpointResponse$;
__webpack_unused_export__ = DeleteEventSubscription$;
__webpack_unused_export__ = DeleteEventSubscriptionCommand;
__webpack_unused_export__ = DeleteEventSubscriptionMessage$;
__webpack_unused_export__ = DeleteEventSubscriptionResponse$;
__webpack_unused_export__ = DeleteFleetAdvisorCollector$;
__webpack_unused_export__ = DeleteFleetAdvisorCollectorCommand;
__webpack_unused_export__ = DeleteFleetAdvisorDatabases$;
__webpack_unused_export__ = DeleteFleetAdvisorDatabasesCommand;
__webpack_unused_export__ = DeleteFleetAdvisorDatabasesRequest$;
__webpack_unused_export__ = DeleteFleetAdvisorDatabasesResponse$;
__webpack_unused_export__ = DeleteInstanceProfile$;
__webpack_unused_export__ = DeleteInstanceProfileCommand;
__webpack_unused_export__ = DeleteInstanceProfileMessage$;
__webpack_unused_export__ = DeleteInstanceProfileResponse$;
__webpack_unused_export__ = DeleteMigrationProject$;
__webpack_unused_export__ = DeleteMigrationProjectCommand;
__webpack_unused_export__ = DeleteMigrationProjectMessage$;
__webpack_unused_export__ = DeleteMigrationProjectResponse$;
__webpack_unused_export__ = DeleteReplicationConfig$;
__webpack_unused_export__ = DeleteReplicationConfigCommand;
__webpack_unused_export__ = DeleteReplicationConfigMessage$;
__webpack_unused_export__ = DeleteReplicationConfigResponse$;
__webpack_unused_export__ = DeleteReplicationInstance$;
__webpack_unused_export__ = DeleteReplicationInstanceCommand;
__webpack_unused_export__ = DeleteReplicationInstanceMessage$;
__webpack_unused_export__ = DeleteReplicationInstanceResponse$;
__webpack_unused_export__ = DeleteReplicationSubnetGroup$;
__webpack_unused_export__ = DeleteReplicationSubnetGroupCommand;
__webpack_unused_export__ = DeleteReplicationSubnetGroupMessage$;
__webpack_unused_export__ = DeleteReplicationSubnetGroupResponse$;
__webpack_unused_export__ = DeleteReplicationTask$;
__webpack_unused_export__ = DeleteReplicationTaskAssessmentRun$;
__webpack_unused_export__ = DeleteReplicationTaskAssessmentRunCommand;
__webpack_unused_export__ = DeleteReplicationTaskAssessmentRunMessage$;
__webpack_unused_export__ = DeleteReplicationTaskAssessmentRunResponse$;
__webpack_unused_export__ = DeleteReplicationTaskCommand;
__webpack_unused_export__ = DeleteReplicationTaskMessage$;
__webpack_unused_export__ = DeleteReplicationTaskResponse$;
__webpack_unused_export__ = DescribeAccountAttributes$;
__webpack_unused_export__ = DescribeAccountAttributesCommand;
__webpack_unused_export__ = DescribeAccountAttributesMessage$;
__webpack_unused_export__ = DescribeAccountAttributesResponse$;
__webpack_unused_export__ = DescribeApplicableIndividualAssessments$;
__webpack_unused_export__ = DescribeApplicableIndividualAssessmentsCommand;
__webpack_unused_export__ = DescribeApplicableIndividualAssessmentsMessage$;
__webpack_unused_export__ = DescribeApplicableIndividualAssessmentsResponse$;
__webpack_unused_export__ = DescribeCertificates$;
__webpack_unused_export__ = DescribeCertificatesCommand;
__webpack_unused_export__ = DescribeCertificatesMessage$;
__webpack_unused_export__ = DescribeCertificatesResponse$;
__webpack_unused_export__ = DescribeConnections$;
__webpack_unused_export__ = DescribeConnectionsCommand;
__webpack_unused_export__ = DescribeConnectionsMessage$;
__webpack_unused_export__ = DescribeConnectionsResponse$;
__webpack_unused_export__ = DescribeConversionConfiguration$;
__webpack_unused_export__ = DescribeConversionConfigurationCommand;
__webpack_unused_export__ = DescribeConversionConfigurationMessage$;
__webpack_unused_export__ = DescribeConversionConfigurationResponse$;
__webpack_unused_export__ = DescribeDataMigrations$;
__webpack_unused_export__ = DescribeDataMigrationsCommand;
__webpack_unused_export__ = DescribeDataMigrationsMessage$;
__webpack_unused_export__ = DescribeDataMigrationsResponse$;
__webpack_unused_export__ = DescribeDataProviders$;
__webpack_unused_export__ = DescribeDataProvidersCommand;
__webpack_unused_export__ = DescribeDataProvidersMessage$;
__webpack_unused_export__ = DescribeDataProvidersResponse$;
__webpack_unused_export__ = DescribeEndpointSettings$;
__webpack_unused_export__ = DescribeEndpointSettingsCommand;
__webpack_unused_export__ = DescribeEndpointSettingsMessage$;
__webpack_unused_export__ = DescribeEndpointSettingsResponse$;
__webpack_unused_export__ = DescribeEndpointTypes$;
__webpack_unused_export__ = DescribeEndpointTypesCommand;
__webpack_unused_export__ = DescribeEndpointTypesMessage$;
__webpack_unused_export__ = DescribeEndpointTypesResponse$;
__webpack_unused_export__ = DescribeEndpoints$;
__webpack_unused_export__ = DescribeEndpointsCommand;
__webpack_unused_export__ = DescribeEndpointsMessage$;
__webpack_unused_export__ = DescribeEndpointsResponse$;
__webpack_unused_export__ = DescribeEngineVersions$;
__webpack_unused_export__ = DescribeEngineVersionsCommand;
__webpack_unused_export__ = DescribeEngineVersionsMessage$;
__webpack_unused_export__ = DescribeEngineVersionsResponse$;
__webpack_unused_export__ = DescribeEventCategories$;
__webpack_unused_export__ = DescribeEventCategoriesCommand;
__webpack_unused_export__ = DescribeEventCategoriesMessage$;
__webpack_unused_export__ = DescribeEventCategoriesResponse$;
__webpack_unused_export__ = DescribeEventSubscriptions$;
__webpack_unused_export__ = DescribeEventSubscriptionsCommand;
__webpack_unused_export__ = DescribeEventSubscriptionsMessage$;
__webpack_unused_export__ = DescribeEventSubscriptionsResponse$;
__webpack_unused_export__ = DescribeEvents$;
__webpack_unused_export__ = DescribeEventsCommand;
__webpack_unused_export__ = DescribeEventsMessage$;
__webpack_unused_export__ = DescribeEventsResponse$;
__webpack_unused_export__ = DescribeExtensionPackAssociations$;
__webpack_unused_export__ = DescribeExtensionPackAssociationsCommand;
__webpack_unused_export__ = DescribeExtensionPackAssociationsMessage$;
__webpack_unused_export__ = DescribeExtensionPackAssociationsResponse$;
__webpack_unused_export__ = DescribeFleetAdvisorCollectors$;
__webpack_unused_export__ = DescribeFleetAdvisorCollectorsCommand;
__webpack_unused_export__ = DescribeFleetAdvisorCollectorsRequest$;
__webpack_unused_export__ = DescribeFleetAdvisorCollectorsResponse$;
__webpack_unused_export__ = DescribeFleetAdvisorDatabases$;
__webpack_unused_export__ = DescribeFleetAdvisorDatabasesCommand;
__webpack_unused_export__ = DescribeFleetAdvisorDatabasesRequest$;
__webpack_unused_export__ = DescribeFleetAdvisorDatabasesResponse$;
__webpack_unused_export__ = DescribeFleetAdvisorLsaAnalysis$;
__webpack_unused_export__ = DescribeFleetAdvisorLsaAnalysisCommand;
__webpack_unused_export__ = DescribeFleetAdvisorLsaAnalysisRequest$;
__webpack_unused_export__ = DescribeFleetAdvisorLsaAnalysisResponse$;
__webpack_unused_export__ = DescribeFleetAdvisorSchemaObjectSummary$;
__webpack_unused_export__ = DescribeFleetAdvisorSchemaObjectSummaryCommand;
__webpack_unused_export__ = DescribeFleetAdvisorSchemaObjectSummaryRequest$;
__webpack_unused_export__ = DescribeFleetAdvisorSchemaObjectSummaryResponse$;
__webpack_unused_export__ = DescribeFleetAdvisorSchemas$;
__webpack_unused_export__ = DescribeFleetAdvisorSchemasCommand;
__webpack_unused_export__ = DescribeFleetAdvisorSchemasRequest$;
__webpack_unused_export__ = DescribeFleetAdvisorSchemasResponse$;
__webpack_unused_export__ = DescribeInstanceProfiles$;
__webpack_unused_export__ = DescribeInstanceProfilesCommand;
__webpack_unused_export__ = DescribeInstanceProfilesMessage$;
__webpack_unused_export__ = DescribeInstanceProfilesResponse$;
__webpack_unused_export__ = DescribeMetadataModel$;
__webpack_unused_export__ = DescribeMetadataModelAssessments$;
__webpack_unused_export__ = DescribeMetadataModelAssessmentsCommand;
__webpack_unused_export__ = DescribeMetadataModelAssessmentsMessage$;
__webpack_unused_export__ = DescribeMetadataModelAssessmentsResponse$;
__webpack_unused_export__ = DescribeMetadataModelChildren$;
__webpack_unused_export__ = DescribeMetadataModelChildrenCommand;
__webpack_unused_export__ = DescribeMetadataModelChildrenMessage$;
__webpack_unused_export__ = DescribeMetadataModelChildrenResponse$;
__webpack_unused_export__ = DescribeMetadataModelCommand;
__webpack_unused_export__ = DescribeMetadataModelConversions$;
__webpack_unused_export__ = DescribeMetadataModelConversionsCommand;
__webpack_unused_export__ = DescribeMetadataModelConversionsMessage$;
__webpack_unused_export__ = DescribeMetadataModelConversionsResponse$;
__webpack_unused_export__ = DescribeMetadataModelCreations$;
__webpack_unused_export__ = DescribeMetadataModelCreationsCommand;
__webpack_unused_export__ = DescribeMetadataModelCreationsMessage$;
__webpack_unused_export__ = DescribeMetadataModelCreationsResponse$;
__webpack_unused_export__ = DescribeMetadataModelExportsAsScript$;
__webpack_unused_export__ = DescribeMetadataModelExportsAsScriptCommand;
__webpack_unused_export__ = DescribeMetadataModelExportsAsScriptMessage$;
__webpack_unused_export__ = DescribeMetadataModelExportsAsScriptResponse$;
__webpack_unused_export__ = DescribeMetadataModelExportsToTarget$;
__webpack_unused_export__ = DescribeMetadataModelExportsToTargetCommand;
__webpack_unused_export__ = DescribeMetadataModelExportsToTargetMessage$;
__webpack_unused_export__ = DescribeMetadataModelExportsToTargetResponse$;
__webpack_unused_export__ = DescribeMetadataModelImports$;
__webpack_unused_export__ = DescribeMetadataModelImportsCommand;
__webpack_unused_export__ = DescribeMetadataModelImportsMessage$;
__webpack_unused_export__ = DescribeMetadataModelImportsResponse$;
__webpack_unused_export__ = DescribeMetadataModelMessage$;
__webpack_unused_export__ = DescribeMetadataModelResponse$;
__webpack_unused_export__ = DescribeMigrationProjects$;
__webpack_unused_export__ = DescribeMigrationProjectsCommand;
__webpack_unused_export__ = DescribeMigrationProjectsMessage$;
__webpack_unused_export__ = DescribeMigrationProjectsResponse$;
__webpack_unused_export__ = DescribeOrderableReplicationInstances$;
__webpack_unused_export__ = DescribeOrderableReplicationInstancesCommand;
__webpack_unused_export__ = DescribeOrderableReplicationInstancesMessage$;
__webpack_unused_export__ = DescribeOrderableReplicationInstancesResponse$;
__webpack_unused_export__ = DescribePendingMaintenanceActions$;
__webpack_unused_export__ = DescribePendingMaintenanceActionsCommand;
__webpack_unused_export__ = DescribePendingMaintenanceActionsMessage$;
__webpack_unused_export__ = DescribePendingMaintenanceActionsResponse$;
__webpack_unused_export__ = DescribeRecommendationLimitations$;
__webpack_unused_export__ = DescribeRecommendationLimitationsCommand;
__webpack_unused_export__ = DescribeRecommendationLimitationsRequest$;
__webpack_unused_export__ = DescribeRecommendationLimitationsResponse$;
__webpack_unused_export__ = DescribeRecommendations$;
__webpack_unused_export__ = DescribeRecommendationsCommand;
__webpack_unused_export__ = DescribeRecommendationsRequest$;
__webpack_unused_export__ = DescribeRecommendationsResponse$;
__webpack_unused_export__ = DescribeRefreshSchemasStatus$;
__webpack_unused_export__ = DescribeRefreshSchemasStatusCommand;
__webpack_unused_export__ = DescribeRefreshSchemasStatusMessage$;
__webpack_unused_export__ = DescribeRefreshSchemasStatusResponse$;
__webpack_unused_export__ = DescribeReplicationConfigs$;
__webpack_unused_export__ = DescribeReplicationConfigsCommand;
__webpack_unused_export__ = DescribeReplicationConfigsMessage$;
__webpack_unused_export__ = DescribeReplicationConfigsResponse$;
__webpack_unused_export__ = DescribeReplicationInstanceTaskLogs$;
__webpack_unused_export__ = DescribeReplicationInstanceTaskLogsCommand;
__webpack_unused_export__ = DescribeReplicationInstanceTaskLogsMessage$;
__webpack_unused_export__ = DescribeReplicationInstanceTaskLogsResponse$;
__webpack_unused_export__ = DescribeReplicationInstances$;
exports.rEx = DescribeReplicationInstancesCommand;
__webpack_unused_export__ = DescribeReplicationInstancesMessage$;
__webpack_unused_export__ = DescribeReplicationInstancesResponse$;
__webpack_unused_export__ = DescribeReplicationSubnetGroups$;
__webpack_unused_export__ = DescribeReplicationSubnetGroupsCommand;
__webpack_unused_export__ = DescribeReplicationSubnetGroupsMessage$;
__webpack_unused_export__ = DescribeReplicationSubnetGroupsResponse$;
__webpack_unused_export__ = DescribeReplicationTableStatistics$;
__webpack_unused_export__ = DescribeReplicationTableStatisticsCommand;
__webpack_unused_export__ = DescribeReplicationTableStatisticsMessage$;
__webpack_unused_export__ = DescribeReplicationTableStatisticsResponse$;
__webpack_unused_export__ = DescribeReplicationTaskAssessmentResults$;
__webpack_unused_export__ = DescribeReplicationTaskAssessmentResultsCommand;
__webpack_unused_export__ = DescribeReplicationTaskAssessmentResultsMessage$;
__webpack_unused_export__ = DescribeReplicationTaskAssessmentResultsResponse$;
__webpack_unused_export__ = DescribeReplicationTaskAssessmentRuns$;
__webpack_unused_export__ = DescribeReplicationTaskAssessmentRunsCommand;
__webpack_unused_export__ = DescribeReplicationTaskAssessmentRunsMessage$;
__webpack_unused_export__ = DescribeReplicationTaskAssessmentRunsResponse$;
__webpack_unused_export__ = DescribeReplicationTaskIndividualAssessments$;
__webpack_unused_export__ = DescribeReplicationTaskIndividualAssessmentsCommand;
__webpack_unused_export__ = DescribeReplicationTaskIndividualAssessmentsMessage$;
__webpack_unused_export__ = DescribeReplicationTaskIndividualAssessmentsResponse$;
__webpack_unused_export__ = DescribeReplicationTasks$;
exports.Jij = DescribeReplicationTasksCommand;
__webpack_unused_export__ = DescribeReplicationTasksMessage$;
__webpack_unused_export__ = DescribeReplicationTasksResponse$;
__webpack_unused_export__ = DescribeReplications$;
__webpack_unused_export__ = DescribeReplicationsCommand;
__webpack_unused_export__ = DescribeReplicationsMessage$;
__webpack_unused_export__ = DescribeReplicationsResponse$;
__webpack_unused_export__ = DescribeSchemas$;
__webpack_unused_export__ = DescribeSchemasCommand;
__webpack_unused_export__ = DescribeSchemasMessage$;
__webpack_unused_export__ = DescribeSchemasResponse$;
__webpack_unused_export__ = DescribeTableStatistics$;
exports.yYZ = DescribeTableStatisticsCommand;
__webpack_unused_export__ = DescribeTableStatisticsMessage$;
__webpack_unused_export__ = DescribeTableStatisticsResponse$;
__webpack_unused_export__ = DmsSslModeValue;
__webpack_unused_export__ = DmsTransferSettings$;
__webpack_unused_export__ = DocDbDataProviderSettings$;
__webpack_unused_export__ = DocDbSettings$;
__webpack_unused_export__ = DynamoDbSettings$;
__webpack_unused_export__ = ElasticsearchSettings$;
__webpack_unused_export__ = EncodingTypeValue;
__webpack_unused_export__ = EncryptionModeValue;
__webpack_unused_export__ = Endpoint$;
__webpack_unused_export__ = EndpointSetting$;
__webpack_unused_export__ = EndpointSettingTypeValue;
__webpack_unused_export__ = EngineVersion$;
__webpack_unused_export__ = ErrorDetails$;
__webpack_unused_export__ = Event$;
__webpack_unused_export__ = EventCategoryGroup$;
__webpack_unused_export__ = EventSubscription$;
__webpack_unused_export__ = ExportMetadataModelAssessment$;
__webpack_unused_export__ = ExportMetadataModelAssessmentCommand;
__webpack_unused_export__ = ExportMetadataModelAssessmentMessage$;
__webpack_unused_export__ = ExportMetadataModelAssessmentResponse$;
__webpack_unused_export__ = ExportMetadataModelAssessmentResultEntry$;
__webpack_unused_export__ = ExportSqlDetails$;
__webpack_unused_export__ = FailedDependencyFault;
__webpack_unused_export__ = FailedDependencyFault$;
__webpack_unused_export__ = Filter$;
__webpack_unused_export__ = FleetAdvisorLsaAnalysisResponse$;
__webpack_unused_export__ = FleetAdvisorSchemaObjectResponse$;
__webpack_unused_export__ = GcpMySQLSettings$;
__webpack_unused_export__ = GetTargetSelectionRules$;
__webpack_unused_export__ = GetTargetSelectionRulesCommand;
__webpack_unused_export__ = GetTargetSelectionRulesMessage$;
__webpack_unused_export__ = GetTargetSelectionRulesResponse$;
__webpack_unused_export__ = IBMDb2Settings$;
__webpack_unused_export__ = IbmDb2LuwDataProviderSettings$;
__webpack_unused_export__ = IbmDb2zOsDataProviderSettings$;
__webpack_unused_export__ = ImportCertificate$;
__webpack_unused_export__ = ImportCertificateCommand;
__webpack_unused_export__ = ImportCertificateMessage$;
__webpack_unused_export__ = ImportCertificateResponse$;
__webpack_unused_export__ = InstanceProfile$;
__webpack_unused_export__ = InsufficientResourceCapacityFault;
__webpack_unused_export__ = InsufficientResourceCapacityFault$;
__webpack_unused_export__ = InvalidCertificateFault;
__webpack_unused_export__ = InvalidCertificateFault$;
__webpack_unused_export__ = InvalidOperationFault;
__webpack_unused_export__ = InvalidOperationFault$;
__webpack_unused_export__ = InvalidResourceStateFault;
__webpack_unused_export__ = InvalidResourceStateFault$;
__webpack_unused_export__ = InvalidSubnet;
__webpack_unused_export__ = InvalidSubnet$;
__webpack_unused_export__ = InventoryData$;
__webpack_unused_export__ = KMSAccessDeniedFault;
__webpack_unused_export__ = KMSAccessDeniedFault$;
__webpack_unused_export__ = KMSDisabledFault;
__webpack_unused_export__ = KMSDisabledFault$;
__webpack_unused_export__ = KMSFault;
__webpack_unused_export__ = KMSFault$;
__webpack_unused_export__ = KMSInvalidStateFault;
__webpack_unused_export__ = KMSInvalidStateFault$;
__webpack_unused_export__ = KMSKeyNotAccessibleFault;
__webpack_unused_export__ = KMSKeyNotAccessibleFault$;
__webpack_unused_export__ = KMSNotFoundFault;
__webpack_unused_export__ = KMSNotFoundFault$;
__webpack_unused_export__ = KMSThrottlingFault;
__webpack_unused_export__ = KMSThrottlingFault$;
__webpack_unused_export__ = KafkaSaslMechanism;
__webpack_unused_export__ = KafkaSecurityProtocol;
__webpack_unused_export__ = KafkaSettings$;
__webpack_unused_export__ = KafkaSslEndpointIdentificationAlgorithm;
__webpack_unused_export__ = KerberosAuthenticationSettings$;
__webpack_unused_export__ = KinesisSettings$;
__webpack_unused_export__ = LakehouseSettings$;
__webpack_unused_export__ = Limitation$;
__webpack_unused_export__ = ListTagsForResource$;
__webpack_unused_export__ = ListTagsForResourceCommand;
__webpack_unused_export__ = ListTagsForResourceMessage$;
__webpack_unused_export__ = ListTagsForResourceResponse$;
__webpack_unused_export__ = LongVarcharMappingType;
__webpack_unused_export__ = MariaDbDataProviderSettings$;
__webpack_unused_export__ = MessageFormatValue;
__webpack_unused_export__ = MetadataModelProperties$;
__webpack_unused_export__ = MetadataModelReference$;
__webpack_unused_export__ = MicrosoftSQLServerSettings$;
__webpack_unused_export__ = MicrosoftSqlServerDataProviderSettings$;
__webpack_unused_export__ = MigrationProject$;
__webpack_unused_export__ = MigrationTypeValue;
__webpack_unused_export__ = ModifyConversionConfiguration$;
__webpack_unused_export__ = ModifyConversionConfigurationCommand;
__webpack_unused_export__ = ModifyConversionConfigurationMessage$;
__webpack_unused_export__ = ModifyConversionConfigurationResponse$;
__webpack_unused_export__ = ModifyDataMigration$;
__webpack_unused_export__ = ModifyDataMigrationCommand;
__webpack_unused_export__ = ModifyDataMigrationMessage$;
__webpack_unused_export__ = ModifyDataMigrationResponse$;
__webpack_unused_export__ = ModifyDataProvider$;
__webpack_unused_export__ = ModifyDataProviderCommand;
__webpack_unused_export__ = ModifyDataProviderMessage$;
__webpack_unused_export__ = ModifyDataProviderResponse$;
__webpack_unused_export__ = ModifyEndpoint$;
__webpack_unused_export__ = ModifyEndpointCommand;
__webpack_unused_export__ = ModifyEndpointMessage$;
__webpack_unused_export__ = ModifyEndpointResponse$;
__webpack_unused_export__ = ModifyEventSubscription$;
__webpack_unused_export__ = ModifyEventSubscriptionCommand;
__webpack_unused_export__ = ModifyEventSubscriptionMessage$;
__webpack_unused_export__ = ModifyEventSubscriptionResponse$;
__webpack_unused_export__ = ModifyInstanceProfile$;
__webpack_unused_export__ = ModifyInstanceProfileCommand;
__webpack_unused_export__ = ModifyInstanceProfileMessage$;
__webpack_unused_export__ = ModifyInstanceProfileResponse$;
__webpack_unused_export__ = ModifyMigrationProject$;
__webpack_unused_export__ = ModifyMigrationProjectCommand;
__webpack_unused_export__ = ModifyMigrationProjectMessage$;
__webpack_unused_export__ = ModifyMigrationProjectResponse$;
__webpack_unused_export__ = ModifyReplicationConfig$;
__webpack_unused_export__ = ModifyReplicationConfigCommand;
__webpack_unused_export__ = ModifyReplicationConfigMessage$;
__webpack_unused_export__ = ModifyReplicationConfigResponse$;
__webpack_unused_export__ = ModifyReplicationInstance$;
__webpack_unused_export__ = ModifyReplicationInstanceCommand;
__webpack_unused_export__ = ModifyReplicationInstanceMessage$;
__webpack_unused_export__ = ModifyReplicationInstanceResponse$;
__webpack_unused_export__ = ModifyReplicationSubnetGroup$;
__webpack_unused_export__ = ModifyReplicationSubnetGroupCommand;
__webpack_unused_export__ = ModifyReplicationSubnetGroupMessage$;
__webpack_unused_export__ = ModifyReplicationSubnetGroupResponse$;
__webpack_unused_export__ = ModifyReplicationTask$;
__webpack_unused_export__ = ModifyReplicationTaskCommand;
__webpack_unused_export__ = ModifyReplicationTaskMessage$;
__webpack_unused_export__ = ModifyReplicationTaskResponse$;
__webpack_unused_export__ = MongoDbDataProviderSettings$;
__webpack_unused_export__ = MongoDbSettings$;
__webpack_unused_export__ = MoveReplicationTask$;
__webpack_unused_export__ = MoveReplicationTaskCommand;
__webpack_unused_export__ = MoveReplicationTaskMessage$;
__webpack_unused_export__ = MoveReplicationTaskResponse$;
__webpack_unused_export__ = MySQLAuthenticationMethod;
__webpack_unused_export__ = MySQLSettings$;
__webpack_unused_export__ = MySqlDataProviderSettings$;
__webpack_unused_export__ = NeptuneSettings$;
__webpack_unused_export__ = NestingLevelValue;
__webpack_unused_export__ = OracleAuthenticationMethod;
__webpack_unused_export__ = OracleDataProviderSettings$;
__webpack_unused_export__ = OracleSettings$;
__webpack_unused_export__ = OrderableReplicationInstance$;
__webpack_unused_export__ = OriginTypeValue;
__webpack_unused_export__ = ParquetVersionValue;
__webpack_unused_export__ = PendingMaintenanceAction$;
__webpack_unused_export__ = PluginNameValue;
__webpack_unused_export__ = PostgreSQLAuthenticationMethod;
__webpack_unused_export__ = PostgreSQLSettings$;
__webpack_unused_export__ = PostgreSqlDataProviderSettings$;
__webpack_unused_export__ = PremigrationAssessmentStatus$;
__webpack_unused_export__ = ProcessedObject$;
__webpack_unused_export__ = Progress$;
__webpack_unused_export__ = ProvisionData$;
__webpack_unused_export__ = RdsConfiguration$;
__webpack_unused_export__ = RdsRecommendation$;
__webpack_unused_export__ = RdsRequirements$;
__webpack_unused_export__ = RebootReplicationInstance$;
__webpack_unused_export__ = RebootReplicationInstanceCommand;
__webpack_unused_export__ = RebootReplicationInstanceMessage$;
__webpack_unused_export__ = RebootReplicationInstanceResponse$;
__webpack_unused_export__ = Recommendation$;
__webpack_unused_export__ = RecommendationData$;
__webpack_unused_export__ = RecommendationSettings$;
__webpack_unused_export__ = RedisAuthTypeValue;
__webpack_unused_export__ = RedisSettings$;
__webpack_unused_export__ = RedshiftDataProviderSettings$;
__webpack_unused_export__ = RedshiftSettings$;
__webpack_unused_export__ = RefreshSchemas$;
__webpack_unused_export__ = RefreshSchemasCommand;
__webpack_unused_export__ = RefreshSchemasMessage$;
__webpack_unused_export__ = RefreshSchemasResponse$;
__webpack_unused_export__ = RefreshSchemasStatus$;
__webpack_unused_export__ = RefreshSchemasStatusTypeValue;
__webpack_unused_export__ = ReleaseStatusValues;
__webpack_unused_export__ = ReloadOptionValue;
__webpack_unused_export__ = ReloadReplicationTables$;
__webpack_unused_export__ = ReloadReplicationTablesCommand;
__webpack_unused_export__ = ReloadReplicationTablesMessage$;
__webpack_unused_export__ = ReloadReplicationTablesResponse$;
__webpack_unused_export__ = ReloadTables$;
__webpack_unused_export__ = ReloadTablesCommand;
__webpack_unused_export__ = ReloadTablesMessage$;
__webpack_unused_export__ = ReloadTablesResponse$;
__webpack_unused_export__ = RemoveTagsFromResource$;
__webpack_unused_export__ = RemoveTagsFromResourceCommand;
__webpack_unused_export__ = RemoveTagsFromResourceMessage$;
__webpack_unused_export__ = RemoveTagsFromResourceResponse$;
__webpack_unused_export__ = Replication$;
__webpack_unused_export__ = ReplicationConfig$;
__webpack_unused_export__ = ReplicationEndpointTypeValue;
__webpack_unused_export__ = ReplicationInstance$;
__webpack_unused_export__ = ReplicationInstanceTaskLog$;
__webpack_unused_export__ = ReplicationPendingModifiedValues$;
__webpack_unused_export__ = ReplicationStats$;
__webpack_unused_export__ = ReplicationSubnetGroup$;
__webpack_unused_export__ = ReplicationSubnetGroupDoesNotCoverEnoughAZs;
__webpack_unused_export__ = ReplicationSubnetGroupDoesNotCoverEnoughAZs$;
__webpack_unused_export__ = ReplicationTask$;
__webpack_unused_export__ = ReplicationTaskAssessmentResult$;
__webpack_unused_export__ = ReplicationTaskAssessmentRun$;
__webpack_unused_export__ = ReplicationTaskAssessmentRunProgress$;
__webpack_unused_export__ = ReplicationTaskAssessmentRunResultStatistic$;
__webpack_unused_export__ = ReplicationTaskIndividualAssessment$;
__webpack_unused_export__ = ReplicationTaskStats$;
__webpack_unused_export__ = ResourceAlreadyExistsFault;
__webpack_unused_export__ = ResourceAlreadyExistsFault$;
__webpack_unused_export__ = ResourceNotFoundFault;
__webpack_unused_export__ = ResourceNotFoundFault$;
__webpack_unused_export__ = ResourcePendingMaintenanceActions$;
__webpack_unused_export__ = ResourceQuotaExceededFault;
__webpack_unused_export__ = ResourceQuotaExceededFault$;
__webpack_unused_export__ = RunFleetAdvisorLsaAnalysis$;
__webpack_unused_export__ = RunFleetAdvisorLsaAnalysisCommand;
__webpack_unused_export__ = RunFleetAdvisorLsaAnalysisResponse$;
__webpack_unused_export__ = S3AccessDeniedFault;
__webpack_unused_export__ = S3AccessDeniedFault$;
__webpack_unused_export__ = S3ResourceNotFoundFault;
__webpack_unused_export__ = S3ResourceNotFoundFault$;
__webpack_unused_export__ = S3Settings$;
__webpack_unused_export__ = SCApplicationAttributes$;
__webpack_unused_export__ = SNSInvalidTopicFault;
__webpack_unused_export__ = SNSInvalidTopicFault$;
__webpack_unused_export__ = SNSNoAuthorizationFault;
__webpack_unused_export__ = SNSNoAuthorizationFault$;
__webpack_unused_export__ = SafeguardPolicy;
__webpack_unused_export__ = SchemaConversionRequest$;
__webpack_unused_export__ = SchemaResponse$;
__webpack_unused_export__ = SchemaShortInfoResponse$;
__webpack_unused_export__ = ServerShortInfoResponse$;
__webpack_unused_export__ = SourceDataSetting$;
__webpack_unused_export__ = SourceType;
__webpack_unused_export__ = SqlServerAuthenticationMethod;
__webpack_unused_export__ = SslSecurityProtocolValue;
__webpack_unused_export__ = StartDataMigration$;
__webpack_unused_export__ = StartDataMigrationCommand;
__webpack_unused_export__ = StartDataMigrationMessage$;
__webpack_unused_export__ = StartDataMigrationResponse$;
__webpack_unused_export__ = StartExtensionPackAssociation$;
__webpack_unused_export__ = StartExtensionPackAssociationCommand;
__webpack_unused_export__ = StartExtensionPackAssociationMessage$;
__webpack_unused_export__ = StartExtensionPackAssociationResponse$;
__webpack_unused_export__ = StartMetadataModelAssessment$;
__webpack_unused_export__ = StartMetadataModelAssessmentCommand;
__webpack_unused_export__ = StartMetadataModelAssessmentMessage$;
__webpack_unused_export__ = StartMetadataModelAssessmentResponse$;
__webpack_unused_export__ = StartMetadataModelConversion$;
__webpack_unused_export__ = StartMetadataModelConversionCommand;
__webpack_unused_export__ = StartMetadataModelConversionMessage$;
__webpack_unused_export__ = StartMetadataModelConversionResponse$;
__webpack_unused_export__ = StartMetadataModelCreation$;
__webpack_unused_export__ = StartMetadataModelCreationCommand;
__webpack_unused_export__ = StartMetadataModelCreationMessage$;
__webpack_unused_export__ = StartMetadataModelCreationResponse$;
__webpack_unused_export__ = StartMetadataModelExportAsScript$;
__webpack_unused_export__ = StartMetadataModelExportAsScriptCommand;
__webpack_unused_export__ = StartMetadataModelExportAsScriptMessage$;
__webpack_unused_export__ = StartMetadataModelExportAsScriptResponse$;
__webpack_unused_export__ = StartMetadataModelExportToTarget$;
__webpack_unused_export__ = StartMetadataModelExportToTargetCommand;
__webpack_unused_export__ = StartMetadataModelExportToTargetMessage$;
__webpack_unused_export__ = StartMetadataModelExportToTargetResponse$;
__webpack_unused_export__ = StartMetadataModelImport$;
__webpack_unused_export__ = StartMetadataModelImportCommand;
__webpack_unused_export__ = StartMetadataModelImportMessage$;
__webpack_unused_export__ = StartMetadataModelImportResponse$;
__webpack_unused_export__ = StartRecommendations$;
__webpack_unused_export__ = StartRecommendationsCommand;
__webpack_unused_export__ = StartRecommendationsRequest$;
__webpack_unused_export__ = StartRecommendationsRequestEntry$;
__webpack_unused_export__ = StartReplication$;
__webpack_unused_export__ = StartReplicationCommand;
__webpack_unused_export__ = StartReplicationMessage$;
__webpack_unused_export__ = StartReplicationMigrationTypeValue;
__webpack_unused_export__ = StartReplicationResponse$;
__webpack_unused_export__ = StartReplicationTask$;
__webpack_unused_export__ = StartReplicationTaskAssessment$;
__webpack_unused_export__ = StartReplicationTaskAssessmentCommand;
__webpack_unused_export__ = StartReplicationTaskAssessmentMessage$;
__webpack_unused_export__ = StartReplicationTaskAssessmentResponse$;
__webpack_unused_export__ = StartReplicationTaskAssessmentRun$;
__webpack_unused_export__ = StartReplicationTaskAssessmentRunCommand;
__webpack_unused_export__ = StartReplicationTaskAssessmentRunMessage$;
__webpack_unused_export__ = StartReplicationTaskAssessmentRunResponse$;
__webpack_unused_export__ = StartReplicationTaskCommand;
__webpack_unused_export__ = StartReplicationTaskMessage$;
__webpack_unused_export__ = StartReplicationTaskResponse$;
__webpack_unused_export__ = StartReplicationTaskTypeValue;
__webpack_unused_export__ = StatementProperties$;
__webpack_unused_export__ = StopDataMigration$;
__webpack_unused_export__ = StopDataMigrationCommand;
__webpack_unused_export__ = StopDataMigrationMessage$;
__webpack_unused_export__ = StopDataMigrationResponse$;
__webpack_unused_export__ = StopReplication$;
__webpack_unused_export__ = StopReplicationCommand;
__webpack_unused_export__ = StopReplicationMessage$;
__webpack_unused_export__ = StopReplicationResponse$;
__webpack_unused_export__ = StopReplicationTask$;
__webpack_unused_export__ = StopReplicationTaskCommand;
__webpack_unused_export__ = StopReplicationTaskMessage$;
__webpack_unused_export__ = StopReplicationTaskResponse$;
__webpack_unused_export__ = StorageQuotaExceededFault;
__webpack_unused_export__ = StorageQuotaExceededFault$;
__webpack_unused_export__ = Subnet$;
__webpack_unused_export__ = SubnetAlreadyInUse;
__webpack_unused_export__ = SubnetAlreadyInUse$;
__webpack_unused_export__ = SupportedEndpointType$;
__webpack_unused_export__ = SybaseAseDataProviderSettings$;
__webpack_unused_export__ = SybaseSettings$;
__webpack_unused_export__ = TablePreparationMode;
__webpack_unused_export__ = TableStatistics$;
__webpack_unused_export__ = TableToReload$;
__webpack_unused_export__ = Tag$;
__webpack_unused_export__ = TargetDataSetting$;
__webpack_unused_export__ = TargetDbType;
__webpack_unused_export__ = TestConnection$;
__webpack_unused_export__ = TestConnectionCommand;
__webpack_unused_export__ = TestConnectionMessage$;
__webpack_unused_export__ = TestConnectionResponse$;
__webpack_unused_export__ = TimestreamSettings$;
__webpack_unused_export__ = TlogAccessMode;
__webpack_unused_export__ = UpdateSubscriptionsToEventBridge$;
__webpack_unused_export__ = UpdateSubscriptionsToEventBridgeCommand;
__webpack_unused_export__ = UpdateSubscriptionsToEventBridgeMessage$;
__webpack_unused_export__ = UpdateSubscriptionsToEventBridgeResponse$;
__webpack_unused_export__ = UpgradeDependencyFailureFault;
__webpack_unused_export__ = UpgradeDependencyFailureFault$;
__webpack_unused_export__ = VersionStatus;
__webpack_unused_export__ = VpcSecurityGroupMembership$;
__webpack_unused_export__ = errorTypeRegistries;
__webpack_unused_export__ = paginateDescribeApplicableIndividualAssessments;
__webpack_unused_export__ = paginateDescribeCertificates;
__webpack_unused_export__ = paginateDescribeConnections;
__webpack_unused_export__ = paginateDescribeDataMigrations;
__webpack_unused_export__ = paginateDescribeDataProviders;
__webpack_unused_export__ = paginateDescribeEndpointSettings;
__webpack_unused_export__ = paginateDescribeEndpointTypes;
__webpack_unused_export__ = paginateDescribeEndpoints;
__webpack_unused_export__ = paginateDescribeEngineVersions;
__webpack_unused_export__ = paginateDescribeEventSubscriptions;
__webpack_unused_export__ = paginateDescribeEvents;
__webpack_unused_export__ = paginateDescribeExtensionPackAssociations;
__webpack_unused_export__ = paginateDescribeFleetAdvisorCollectors;
__webpack_unused_export__ = paginateDescribeFleetAdvisorDatabases;
__webpack_unused_export__ = paginateDescribeFleetAdvisorLsaAnalysis;
__webpack_unused_export__ = paginateDescribeFleetAdvisorSchemaObjectSummary;
__webpack_unused_export__ = paginateDescribeFleetAdvisorSchemas;
__webpack_unused_export__ = paginateDescribeInstanceProfiles;
__webpack_unused_export__ = paginateDescribeMetadataModelAssessments;
__webpack_unused_export__ = paginateDescribeMetadataModelChildren;
__webpack_unused_export__ = paginateDescribeMetadataModelConversions;
__webpack_unused_export__ = paginateDescribeMetadataModelCreations;
__webpack_unused_export__ = paginateDescribeMetadataModelExportsAsScript;
__webpack_unused_export__ = paginateDescribeMetadataModelExportsToTarget;
__webpack_unused_export__ = paginateDescribeMetadataModelImports;
__webpack_unused_export__ = paginateDescribeMigrationProjects;
__webpack_unused_export__ = paginateDescribeOrderableReplicationInstances;
__webpack_unused_export__ = paginateDescribePendingMaintenanceActions;
__webpack_unused_export__ = paginateDescribeRecommendationLimitations;
__webpack_unused_export__ = paginateDescribeRecommendations;
__webpack_unused_export__ = paginateDescribeReplicationConfigs;
__webpack_unused_export__ = paginateDescribeReplicationInstanceTaskLogs;
__webpack_unused_export__ = paginateDescribeReplicationInstances;
__webpack_unused_export__ = paginateDescribeReplicationSubnetGroups;
__webpack_unused_export__ = paginateDescribeReplicationTableStatistics;
__webpack_unused_export__ = paginateDescribeReplicationTaskAssessmentResults;
__webpack_unused_export__ = paginateDescribeReplicationTaskAssessmentRuns;
__webpack_unused_export__ = paginateDescribeReplicationTaskIndividualAssessments;
__webpack_unused_export__ = paginateDescribeReplicationTasks;
__webpack_unused_export__ = paginateDescribeReplications;
__webpack_unused_export__ = paginateDescribeSchemas;
__webpack_unused_export__ = paginateDescribeTableStatistics;
__webpack_unused_export__ = waitForEndpointDeleted;
__webpack_unused_export__ = waitForExtensionPackAssociated;
__webpack_unused_export__ = waitForMetadataModelAssessed;
__webpack_unused_export__ = waitForMetadataModelConversionCancelled;
__webpack_unused_export__ = waitForMetadataModelConverted;
__webpack_unused_export__ = waitForMetadataModelCreated;
__webpack_unused_export__ = waitForMetadataModelCreationCancelled;
__webpack_unused_export__ = waitForMetadataModelExportedAsScript;
__webpack_unused_export__ = waitForMetadataModelExportedToTarget;
__webpack_unused_export__ = waitForMetadataModelImported;
__webpack_unused_export__ = waitForReplicationInstanceAvailable;
__webpack_unused_export__ = waitForReplicationInstanceDeleted;
__webpack_unused_export__ = waitForReplicationTaskDeleted;
__webpack_unused_export__ = waitForReplicationTaskReady;
__webpack_unused_export__ = waitForReplicationTaskRunning;
__webpack_unused_export__ = waitForReplicationTaskStopped;
__webpack_unused_export__ = waitForTestConnectionSucceeds;
__webpack_unused_export__ = waitUntilEndpointDeleted;
__webpack_unused_export__ = waitUntilExtensionPackAssociated;
__webpack_unused_export__ = waitUntilMetadataModelAssessed;
__webpack_unused_export__ = waitUntilMetadataModelConversionCancelled;
__webpack_unused_export__ = waitUntilMetadataModelConverted;
__webpack_unused_export__ = waitUntilMetadataModelCreated;
__webpack_unused_export__ = waitUntilMetadataModelCreationCancelled;
__webpack_unused_export__ = waitUntilMetadataModelExportedAsScript;
__webpack_unused_export__ = waitUntilMetadataModelExportedToTarget;
__webpack_unused_export__ = waitUntilMetadataModelImported;
__webpack_unused_export__ = waitUntilReplicationInstanceAvailable;
__webpack_unused_export__ = waitUntilReplicationInstanceDeleted;
__webpack_unused_export__ = waitUntilReplicationTaskDeleted;
__webpack_unused_export__ = waitUntilReplicationTaskReady;
__webpack_unused_export__ = waitUntilReplicationTaskRunning;
__webpack_unused_export__ = waitUntilReplicationTaskStopped;
__webpack_unused_export__ = waitUntilTestConnectionSucceeds;


/***/ })

};
