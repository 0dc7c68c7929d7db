export const id = 827;
export const ids = [827];
export const modules = {

/***/ 4827:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

var __webpack_unused_export__;
const { awsEndpointFunctions, emitWarningIfUnsupportedVersion: emitWarningIfUnsupportedVersion$1, createDefaultUserAgentProvider, NODE_APP_ID_CONFIG_OPTIONS, getAwsRegionExtensionConfiguration, resolveAwsRegionExtensionConfiguration, resolveUserAgentConfig, resolveHostHeaderConfig, getUserAgentPlugin, getHostHeaderPlugin, getLoggerPlugin, getRecursionDetectionPlugin } = __webpack_require__(5152);
const { getHttpAuthSchemeEndpointRuleSetPlugin, DefaultIdentityProviderConfig, getHttpSigningPlugin, createPaginator } = __webpack_require__(402);
const { normalizeProvider, getSmithyContext, ServiceException, NoOpLogger, emitWarningIfUnsupportedVersion, loadConfigsForDefaultMode, getDefaultExtensionConfiguration, resolveDefaultRuntimeConfig, Client, makeBuilder, createWaiter, checkExceptions, WaiterState, createAggregatedClient } = __webpack_require__(2658);
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
const { AwsQueryProtocol } = __webpack_require__(7288);
const { Sha256 } = __webpack_require__(9542);

const defaultElastiCacheHttpAuthSchemeParametersProvider = async (config, context, input) => {
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
            name: "elasticache",
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
const defaultElastiCacheHttpAuthSchemeProvider = (authParameters) => {
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
        defaultSigningName: "elasticache",
    });
};
const commonParams = {
    UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
    Endpoint: { type: "builtInParams", name: "endpoint" },
    Region: { type: "builtInParams", name: "region" },
    UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" },
};

var version = "3.1126.0";
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
        [e, [{ fn: f, argv: [h, "supportsFIPS"] }, b]],
        ["stringEquals", [{ fn: f, argv: [h, "name"] }, "aws-us-gov"]]
    ],
    results: [
        [a],
        [a, "Invalid Configuration: FIPS and custom endpoint are not supported"],
        [a, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
        [g, i],
        ["https://elasticache-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
        [a, "FIPS and DualStack are enabled, but this partition does not support one or both"],
        ["https://elasticache.{Region}.amazonaws.com", i],
        ["https://elasticache-fips.{Region}.{PartitionResult#dnsSuffix}", i],
        [a, "FIPS is enabled but this partition does not support FIPS"],
        ["https://elasticache.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
        [a, "DualStack is enabled but this partition does not support DualStack"],
        ["https://elasticache.{Region}.{PartitionResult#dnsSuffix}", i],
        [a, "Invalid Configuration: Missing Region"]
    ]
};
const root = 2;
const r = 100_000_000;
const nodes = new Int32Array([
    -1, 1, -1,
    0, 13, 3,
    1, 4, r + 12,
    2, 5, r + 12,
    3, 8, 6,
    4, 7, r + 11,
    5, r + 9, r + 10,
    4, 11, 9,
    6, 10, r + 8,
    7, r + 6, r + 7,
    5, 12, r + 5,
    6, r + 4, r + 5,
    3, r + 1, 14,
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

class ElastiCacheServiceException extends ServiceException {
    constructor(options) {
        super(options);
        Object.setPrototypeOf(this, ElastiCacheServiceException.prototype);
    }
}

class CacheClusterNotFoundFault extends ElastiCacheServiceException {
    name = "CacheClusterNotFoundFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "CacheClusterNotFoundFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, CacheClusterNotFoundFault.prototype);
    }
}
class CacheParameterGroupNotFoundFault extends ElastiCacheServiceException {
    name = "CacheParameterGroupNotFoundFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "CacheParameterGroupNotFoundFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, CacheParameterGroupNotFoundFault.prototype);
    }
}
class CacheSecurityGroupNotFoundFault extends ElastiCacheServiceException {
    name = "CacheSecurityGroupNotFoundFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "CacheSecurityGroupNotFoundFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, CacheSecurityGroupNotFoundFault.prototype);
    }
}
class CacheSubnetGroupNotFoundFault extends ElastiCacheServiceException {
    name = "CacheSubnetGroupNotFoundFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "CacheSubnetGroupNotFoundFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, CacheSubnetGroupNotFoundFault.prototype);
    }
}
class InvalidARNFault extends ElastiCacheServiceException {
    name = "InvalidARNFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "InvalidARNFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidARNFault.prototype);
    }
}
class InvalidReplicationGroupStateFault extends ElastiCacheServiceException {
    name = "InvalidReplicationGroupStateFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "InvalidReplicationGroupStateFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidReplicationGroupStateFault.prototype);
    }
}
class InvalidServerlessCacheSnapshotStateFault extends ElastiCacheServiceException {
    name = "InvalidServerlessCacheSnapshotStateFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "InvalidServerlessCacheSnapshotStateFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidServerlessCacheSnapshotStateFault.prototype);
    }
}
class InvalidServerlessCacheStateFault extends ElastiCacheServiceException {
    name = "InvalidServerlessCacheStateFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "InvalidServerlessCacheStateFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidServerlessCacheStateFault.prototype);
    }
}
class ReplicationGroupNotFoundFault extends ElastiCacheServiceException {
    name = "ReplicationGroupNotFoundFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "ReplicationGroupNotFoundFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ReplicationGroupNotFoundFault.prototype);
    }
}
class ReservedCacheNodeNotFoundFault extends ElastiCacheServiceException {
    name = "ReservedCacheNodeNotFoundFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "ReservedCacheNodeNotFoundFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ReservedCacheNodeNotFoundFault.prototype);
    }
}
class ServerlessCacheNotFoundFault extends ElastiCacheServiceException {
    name = "ServerlessCacheNotFoundFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "ServerlessCacheNotFoundFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ServerlessCacheNotFoundFault.prototype);
    }
}
class ServerlessCacheSnapshotNotFoundFault extends ElastiCacheServiceException {
    name = "ServerlessCacheSnapshotNotFoundFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "ServerlessCacheSnapshotNotFoundFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ServerlessCacheSnapshotNotFoundFault.prototype);
    }
}
class SnapshotNotFoundFault extends ElastiCacheServiceException {
    name = "SnapshotNotFoundFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "SnapshotNotFoundFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, SnapshotNotFoundFault.prototype);
    }
}
class TagQuotaPerResourceExceeded extends ElastiCacheServiceException {
    name = "TagQuotaPerResourceExceeded";
    $fault = "client";
    constructor(opts) {
        super({
            name: "TagQuotaPerResourceExceeded",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, TagQuotaPerResourceExceeded.prototype);
    }
}
class UserGroupNotFoundFault extends ElastiCacheServiceException {
    name = "UserGroupNotFoundFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "UserGroupNotFoundFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, UserGroupNotFoundFault.prototype);
    }
}
class UserNotFoundFault extends ElastiCacheServiceException {
    name = "UserNotFoundFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "UserNotFoundFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, UserNotFoundFault.prototype);
    }
}
class AuthorizationAlreadyExistsFault extends ElastiCacheServiceException {
    name = "AuthorizationAlreadyExistsFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "AuthorizationAlreadyExistsFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, AuthorizationAlreadyExistsFault.prototype);
    }
}
class InvalidCacheSecurityGroupStateFault extends ElastiCacheServiceException {
    name = "InvalidCacheSecurityGroupStateFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "InvalidCacheSecurityGroupStateFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidCacheSecurityGroupStateFault.prototype);
    }
}
class InvalidParameterCombinationException extends ElastiCacheServiceException {
    name = "InvalidParameterCombinationException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "InvalidParameterCombinationException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidParameterCombinationException.prototype);
    }
}
class InvalidParameterValueException extends ElastiCacheServiceException {
    name = "InvalidParameterValueException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "InvalidParameterValueException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidParameterValueException.prototype);
    }
}
class ServiceUpdateNotFoundFault extends ElastiCacheServiceException {
    name = "ServiceUpdateNotFoundFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "ServiceUpdateNotFoundFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ServiceUpdateNotFoundFault.prototype);
    }
}
class ReplicationGroupNotUnderMigrationFault extends ElastiCacheServiceException {
    name = "ReplicationGroupNotUnderMigrationFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "ReplicationGroupNotUnderMigrationFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ReplicationGroupNotUnderMigrationFault.prototype);
    }
}
class ServerlessCacheSnapshotAlreadyExistsFault extends ElastiCacheServiceException {
    name = "ServerlessCacheSnapshotAlreadyExistsFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "ServerlessCacheSnapshotAlreadyExistsFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ServerlessCacheSnapshotAlreadyExistsFault.prototype);
    }
}
class ServerlessCacheSnapshotQuotaExceededFault extends ElastiCacheServiceException {
    name = "ServerlessCacheSnapshotQuotaExceededFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "ServerlessCacheSnapshotQuotaExceededFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ServerlessCacheSnapshotQuotaExceededFault.prototype);
    }
}
class ServiceLinkedRoleNotFoundFault extends ElastiCacheServiceException {
    name = "ServiceLinkedRoleNotFoundFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "ServiceLinkedRoleNotFoundFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ServiceLinkedRoleNotFoundFault.prototype);
    }
}
class InvalidSnapshotStateFault extends ElastiCacheServiceException {
    name = "InvalidSnapshotStateFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "InvalidSnapshotStateFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidSnapshotStateFault.prototype);
    }
}
class SnapshotAlreadyExistsFault extends ElastiCacheServiceException {
    name = "SnapshotAlreadyExistsFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "SnapshotAlreadyExistsFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, SnapshotAlreadyExistsFault.prototype);
    }
}
class SnapshotQuotaExceededFault extends ElastiCacheServiceException {
    name = "SnapshotQuotaExceededFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "SnapshotQuotaExceededFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, SnapshotQuotaExceededFault.prototype);
    }
}
class CacheClusterAlreadyExistsFault extends ElastiCacheServiceException {
    name = "CacheClusterAlreadyExistsFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "CacheClusterAlreadyExistsFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, CacheClusterAlreadyExistsFault.prototype);
    }
}
class ClusterQuotaForCustomerExceededFault extends ElastiCacheServiceException {
    name = "ClusterQuotaForCustomerExceededFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "ClusterQuotaForCustomerExceededFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ClusterQuotaForCustomerExceededFault.prototype);
    }
}
class InsufficientCacheClusterCapacityFault extends ElastiCacheServiceException {
    name = "InsufficientCacheClusterCapacityFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "InsufficientCacheClusterCapacityFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InsufficientCacheClusterCapacityFault.prototype);
    }
}
class InvalidVPCNetworkStateFault extends ElastiCacheServiceException {
    name = "InvalidVPCNetworkStateFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "InvalidVPCNetworkStateFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidVPCNetworkStateFault.prototype);
    }
}
class NodeQuotaForClusterExceededFault extends ElastiCacheServiceException {
    name = "NodeQuotaForClusterExceededFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "NodeQuotaForClusterExceededFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, NodeQuotaForClusterExceededFault.prototype);
    }
}
class NodeQuotaForCustomerExceededFault extends ElastiCacheServiceException {
    name = "NodeQuotaForCustomerExceededFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "NodeQuotaForCustomerExceededFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, NodeQuotaForCustomerExceededFault.prototype);
    }
}
class CacheParameterGroupAlreadyExistsFault extends ElastiCacheServiceException {
    name = "CacheParameterGroupAlreadyExistsFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "CacheParameterGroupAlreadyExistsFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, CacheParameterGroupAlreadyExistsFault.prototype);
    }
}
class CacheParameterGroupQuotaExceededFault extends ElastiCacheServiceException {
    name = "CacheParameterGroupQuotaExceededFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "CacheParameterGroupQuotaExceededFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, CacheParameterGroupQuotaExceededFault.prototype);
    }
}
class InvalidCacheParameterGroupStateFault extends ElastiCacheServiceException {
    name = "InvalidCacheParameterGroupStateFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "InvalidCacheParameterGroupStateFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidCacheParameterGroupStateFault.prototype);
    }
}
class CacheSecurityGroupAlreadyExistsFault extends ElastiCacheServiceException {
    name = "CacheSecurityGroupAlreadyExistsFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "CacheSecurityGroupAlreadyExistsFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, CacheSecurityGroupAlreadyExistsFault.prototype);
    }
}
class CacheSecurityGroupQuotaExceededFault extends ElastiCacheServiceException {
    name = "CacheSecurityGroupQuotaExceededFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "CacheSecurityGroupQuotaExceededFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, CacheSecurityGroupQuotaExceededFault.prototype);
    }
}
class CacheSubnetGroupAlreadyExistsFault extends ElastiCacheServiceException {
    name = "CacheSubnetGroupAlreadyExistsFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "CacheSubnetGroupAlreadyExistsFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, CacheSubnetGroupAlreadyExistsFault.prototype);
    }
}
class CacheSubnetGroupQuotaExceededFault extends ElastiCacheServiceException {
    name = "CacheSubnetGroupQuotaExceededFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "CacheSubnetGroupQuotaExceededFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, CacheSubnetGroupQuotaExceededFault.prototype);
    }
}
class CacheSubnetQuotaExceededFault extends ElastiCacheServiceException {
    name = "CacheSubnetQuotaExceededFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "CacheSubnetQuotaExceededFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, CacheSubnetQuotaExceededFault.prototype);
    }
}
class InvalidSubnet extends ElastiCacheServiceException {
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
class SubnetNotAllowedFault extends ElastiCacheServiceException {
    name = "SubnetNotAllowedFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "SubnetNotAllowedFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, SubnetNotAllowedFault.prototype);
    }
}
class GlobalReplicationGroupAlreadyExistsFault extends ElastiCacheServiceException {
    name = "GlobalReplicationGroupAlreadyExistsFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "GlobalReplicationGroupAlreadyExistsFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, GlobalReplicationGroupAlreadyExistsFault.prototype);
    }
}
class GlobalReplicationGroupNotFoundFault extends ElastiCacheServiceException {
    name = "GlobalReplicationGroupNotFoundFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "GlobalReplicationGroupNotFoundFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, GlobalReplicationGroupNotFoundFault.prototype);
    }
}
class InvalidCacheClusterStateFault extends ElastiCacheServiceException {
    name = "InvalidCacheClusterStateFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "InvalidCacheClusterStateFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidCacheClusterStateFault.prototype);
    }
}
class InvalidGlobalReplicationGroupStateFault extends ElastiCacheServiceException {
    name = "InvalidGlobalReplicationGroupStateFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "InvalidGlobalReplicationGroupStateFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidGlobalReplicationGroupStateFault.prototype);
    }
}
class InvalidUserGroupStateFault extends ElastiCacheServiceException {
    name = "InvalidUserGroupStateFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "InvalidUserGroupStateFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidUserGroupStateFault.prototype);
    }
}
class NodeGroupsPerReplicationGroupQuotaExceededFault extends ElastiCacheServiceException {
    name = "NodeGroupsPerReplicationGroupQuotaExceededFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "NodeGroupsPerReplicationGroupQuotaExceededFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, NodeGroupsPerReplicationGroupQuotaExceededFault.prototype);
    }
}
class ReplicationGroupAlreadyExistsFault extends ElastiCacheServiceException {
    name = "ReplicationGroupAlreadyExistsFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "ReplicationGroupAlreadyExistsFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ReplicationGroupAlreadyExistsFault.prototype);
    }
}
class InvalidCredentialsException extends ElastiCacheServiceException {
    name = "InvalidCredentialsException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "InvalidCredentialsException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidCredentialsException.prototype);
    }
}
class ServerlessCacheAlreadyExistsFault extends ElastiCacheServiceException {
    name = "ServerlessCacheAlreadyExistsFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "ServerlessCacheAlreadyExistsFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ServerlessCacheAlreadyExistsFault.prototype);
    }
}
class ServerlessCacheQuotaForCustomerExceededFault extends ElastiCacheServiceException {
    name = "ServerlessCacheQuotaForCustomerExceededFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "ServerlessCacheQuotaForCustomerExceededFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ServerlessCacheQuotaForCustomerExceededFault.prototype);
    }
}
class SnapshotFeatureNotSupportedFault extends ElastiCacheServiceException {
    name = "SnapshotFeatureNotSupportedFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "SnapshotFeatureNotSupportedFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, SnapshotFeatureNotSupportedFault.prototype);
    }
}
class DuplicateUserNameFault extends ElastiCacheServiceException {
    name = "DuplicateUserNameFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "DuplicateUserNameFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, DuplicateUserNameFault.prototype);
    }
}
class UserAlreadyExistsFault extends ElastiCacheServiceException {
    name = "UserAlreadyExistsFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "UserAlreadyExistsFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, UserAlreadyExistsFault.prototype);
    }
}
class UserQuotaExceededFault extends ElastiCacheServiceException {
    name = "UserQuotaExceededFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "UserQuotaExceededFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, UserQuotaExceededFault.prototype);
    }
}
class DefaultUserRequired extends ElastiCacheServiceException {
    name = "DefaultUserRequired";
    $fault = "client";
    constructor(opts) {
        super({
            name: "DefaultUserRequired",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, DefaultUserRequired.prototype);
    }
}
class UserGroupAlreadyExistsFault extends ElastiCacheServiceException {
    name = "UserGroupAlreadyExistsFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "UserGroupAlreadyExistsFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, UserGroupAlreadyExistsFault.prototype);
    }
}
class UserGroupQuotaExceededFault extends ElastiCacheServiceException {
    name = "UserGroupQuotaExceededFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "UserGroupQuotaExceededFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, UserGroupQuotaExceededFault.prototype);
    }
}
class NoOperationFault extends ElastiCacheServiceException {
    name = "NoOperationFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "NoOperationFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, NoOperationFault.prototype);
    }
}
class CacheSubnetGroupInUse extends ElastiCacheServiceException {
    name = "CacheSubnetGroupInUse";
    $fault = "client";
    constructor(opts) {
        super({
            name: "CacheSubnetGroupInUse",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, CacheSubnetGroupInUse.prototype);
    }
}
class DefaultUserAssociatedToUserGroupFault extends ElastiCacheServiceException {
    name = "DefaultUserAssociatedToUserGroupFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "DefaultUserAssociatedToUserGroupFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, DefaultUserAssociatedToUserGroupFault.prototype);
    }
}
class InvalidUserStateFault extends ElastiCacheServiceException {
    name = "InvalidUserStateFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "InvalidUserStateFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidUserStateFault.prototype);
    }
}
class ReservedCacheNodesOfferingNotFoundFault extends ElastiCacheServiceException {
    name = "ReservedCacheNodesOfferingNotFoundFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "ReservedCacheNodesOfferingNotFoundFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ReservedCacheNodesOfferingNotFoundFault.prototype);
    }
}
class InvalidKMSKeyFault extends ElastiCacheServiceException {
    name = "InvalidKMSKeyFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "InvalidKMSKeyFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidKMSKeyFault.prototype);
    }
}
class SubnetInUse extends ElastiCacheServiceException {
    name = "SubnetInUse";
    $fault = "client";
    constructor(opts) {
        super({
            name: "SubnetInUse",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, SubnetInUse.prototype);
    }
}
class ReservedCacheNodeAlreadyExistsFault extends ElastiCacheServiceException {
    name = "ReservedCacheNodeAlreadyExistsFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "ReservedCacheNodeAlreadyExistsFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ReservedCacheNodeAlreadyExistsFault.prototype);
    }
}
class ReservedCacheNodeQuotaExceededFault extends ElastiCacheServiceException {
    name = "ReservedCacheNodeQuotaExceededFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "ReservedCacheNodeQuotaExceededFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ReservedCacheNodeQuotaExceededFault.prototype);
    }
}
class TagNotFoundFault extends ElastiCacheServiceException {
    name = "TagNotFoundFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "TagNotFoundFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, TagNotFoundFault.prototype);
    }
}
class AuthorizationNotFoundFault extends ElastiCacheServiceException {
    name = "AuthorizationNotFoundFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "AuthorizationNotFoundFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, AuthorizationNotFoundFault.prototype);
    }
}
class ReplicationGroupAlreadyUnderMigrationFault extends ElastiCacheServiceException {
    name = "ReplicationGroupAlreadyUnderMigrationFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "ReplicationGroupAlreadyUnderMigrationFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ReplicationGroupAlreadyUnderMigrationFault.prototype);
    }
}
class APICallRateForCustomerExceededFault extends ElastiCacheServiceException {
    name = "APICallRateForCustomerExceededFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "APICallRateForCustomerExceededFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, APICallRateForCustomerExceededFault.prototype);
    }
}
class NodeGroupNotFoundFault extends ElastiCacheServiceException {
    name = "NodeGroupNotFoundFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "NodeGroupNotFoundFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, NodeGroupNotFoundFault.prototype);
    }
}
class TestFailoverNotAvailableFault extends ElastiCacheServiceException {
    name = "TestFailoverNotAvailableFault";
    $fault = "client";
    constructor(opts) {
        super({
            name: "TestFailoverNotAvailableFault",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, TestFailoverNotAvailableFault.prototype);
    }
}

const _A = "Authentication";
const _AAEF = "AuthorizationAlreadyExistsFault";
const _AAS = "AppendAccessString";
const _ACSGI = "AuthorizeCacheSecurityGroupIngress";
const _ACSGIM = "AuthorizeCacheSecurityGroupIngressMessage";
const _ACSGIR = "AuthorizeCacheSecurityGroupIngressResult";
const _AF = "AutomaticFailover";
const _AFE = "AutomaticFailoverEnabled";
const _AFS = "AutomaticFailoverStatus";
const _AI = "ApplyImmediately";
const _AM = "AuthenticationMode";
const _AMVU = "AutoMinorVersionUpgrade";
const _ANFF = "AuthorizationNotFoundFault";
const _ANTMM = "AllowedNodeTypeModificationsMessage";
const _APICRFCEF = "APICallRateForCustomerExceededFault";
const _AREE = "AtRestEncryptionEnabled";
const _ARN = "ARN";
const _AS = "AccessString";
const _AT = "AuthToken";
const _ATE = "AuthTokenEnabled";
const _ATLMD = "AuthTokenLastModifiedDate";
const _ATS = "AuthTokenStatus";
const _ATTR = "AddTagsToResource";
const _ATTRM = "AddTagsToResourceMessage";
const _ATUS = "AuthTokenUpdateStrategy";
const _AUARABD = "AutoUpdateAfterRecommendedApplyByDate";
const _AV = "AllowedValues";
const _AZ = "AvailabilityZone";
const _AZL = "AvailabilityZonesList";
const _AZM = "AZMode";
const _Ad = "Address";
const _BAUA = "BatchApplyUpdateAction";
const _BAUAM = "BatchApplyUpdateActionMessage";
const _BSUA = "BatchStopUpdateAction";
const _BSUAM = "BatchStopUpdateActionMessage";
const _BUFC = "BytesUsedForCache";
const _CAZ = "CustomerAvailabilityZone";
const _CC = "CacheCluster";
const _CCAEF = "CacheClusterAlreadyExistsFault";
const _CCC = "CreateCacheCluster";
const _CCCM = "CreateCacheClusterMessage";
const _CCCR = "CreateCacheClusterResult";
const _CCCT = "CacheClusterCreateTime";
const _CCI = "CacheClusterIds";
const _CCIa = "CacheClusterId";
const _CCL = "CacheClusterList";
const _CCM = "CacheClusterMessage";
const _CCNFF = "CacheClusterNotFoundFault";
const _CCPG = "CreateCacheParameterGroup";
const _CCPGM = "CreateCacheParameterGroupMessage";
const _CCPGR = "CreateCacheParameterGroupResult";
const _CCS = "CacheClusterStatus";
const _CCSG = "CreateCacheSecurityGroup";
const _CCSGM = "CreateCacheSecurityGroupMessage";
const _CCSGMr = "CreateCacheSubnetGroupMessage";
const _CCSGR = "CreateCacheSecurityGroupResult";
const _CCSGRr = "CreateCacheSubnetGroupResult";
const _CCSGr = "CreateCacheSubnetGroup";
const _CCa = "CacheClusters";
const _CDLP = "ClientDownloadLandingPage";
const _CE = "ConfigurationEndpoint";
const _CED = "CacheEngineDescription";
const _CEV = "CacheEngineVersion";
const _CEVD = "CacheEngineVersionDescription";
const _CEVL = "CacheEngineVersionList";
const _CEVM = "CacheEngineVersionMessage";
const _CEVa = "CacheEngineVersions";
const _CEl = "ClusterEnabled";
const _CGRG = "CreateGlobalReplicationGroup";
const _CGRGM = "CreateGlobalReplicationGroupMessage";
const _CGRGR = "CreateGlobalReplicationGroupResult";
const _CI = "ClusterId";
const _CIL = "ClusterIdList";
const _CM = "ClusterMode";
const _CMM = "CompleteMigrationMessage";
const _CMR = "CompleteMigrationResponse";
const _CMo = "CompleteMigration";
const _CN = "CacheNodes";
const _CNC = "CacheNodeCount";
const _CNCT = "CacheNodeCreateTime";
const _CNE = "CustomerNodeEndpoint";
const _CNEL = "CustomerNodeEndpointList";
const _CNI = "CacheNodeId";
const _CNIL = "CacheNodeIdsList";
const _CNITR = "CacheNodeIdsToReboot";
const _CNITRa = "CacheNodeIdsToRemove";
const _CNL = "CacheNodeList";
const _CNS = "CacheNodeStatus";
const _CNT = "CacheNodeType";
const _CNTSP = "CacheNodeTypeSpecificParameter";
const _CNTSPL = "CacheNodeTypeSpecificParametersList";
const _CNTSPa = "CacheNodeTypeSpecificParameters";
const _CNTSV = "CacheNodeTypeSpecificValues";
const _CNTSVL = "CacheNodeTypeSpecificValueList";
const _CNTSVa = "CacheNodeTypeSpecificValue";
const _CNUS = "CacheNodeUpdateStatus";
const _CNUSL = "CacheNodeUpdateStatusList";
const _CNa = "CacheNode";
const _COA = "CustomerOutpostArn";
const _CPG = "CacheParameterGroup";
const _CPGAEF = "CacheParameterGroupAlreadyExistsFault";
const _CPGD = "CacheParameterGroupDetails";
const _CPGF = "CacheParameterGroupFamily";
const _CPGL = "CacheParameterGroupList";
const _CPGM = "CacheParameterGroupsMessage";
const _CPGN = "CacheParameterGroupName";
const _CPGNFF = "CacheParameterGroupNotFoundFault";
const _CPGNM = "CacheParameterGroupNameMessage";
const _CPGQEF = "CacheParameterGroupQuotaExceededFault";
const _CPGS = "CacheParameterGroupStatus";
const _CPGa = "CacheParameterGroups";
const _CQFCEF = "ClusterQuotaForCustomerExceededFault";
const _CR = "CurrentRole";
const _CRG = "CreateReplicationGroup";
const _CRGM = "CreateReplicationGroupMessage";
const _CRGR = "CreateReplicationGroupResult";
const _CS = "ConfigureShard";
const _CSC = "CreateServerlessCache";
const _CSCR = "CreateServerlessCacheRequest";
const _CSCRr = "CreateServerlessCacheResponse";
const _CSCS = "CopyServerlessCacheSnapshot";
const _CSCSR = "CopyServerlessCacheSnapshotRequest";
const _CSCSRo = "CopyServerlessCacheSnapshotResponse";
const _CSCSRr = "CreateServerlessCacheSnapshotRequest";
const _CSCSRre = "CreateServerlessCacheSnapshotResponse";
const _CSCSr = "CreateServerlessCacheSnapshot";
const _CSG = "CacheSecurityGroup";
const _CSGAEF = "CacheSecurityGroupAlreadyExistsFault";
const _CSGAEFa = "CacheSubnetGroupAlreadyExistsFault";
const _CSGD = "CacheSubnetGroupDescription";
const _CSGIU = "CacheSubnetGroupInUse";
const _CSGM = "CacheSecurityGroupMembership";
const _CSGML = "CacheSecurityGroupMembershipList";
const _CSGMa = "CacheSecurityGroupMessage";
const _CSGMac = "CacheSubnetGroupMessage";
const _CSGN = "CacheSecurityGroupName";
const _CSGNFF = "CacheSecurityGroupNotFoundFault";
const _CSGNFFa = "CacheSubnetGroupNotFoundFault";
const _CSGNL = "CacheSecurityGroupNameList";
const _CSGNa = "CacheSubnetGroupName";
const _CSGNac = "CacheSecurityGroupNames";
const _CSGQEF = "CacheSecurityGroupQuotaExceededFault";
const _CSGQEFa = "CacheSubnetGroupQuotaExceededFault";
const _CSGa = "CacheSecurityGroups";
const _CSGac = "CacheSubnetGroup";
const _CSGach = "CacheSubnetGroups";
const _CSM = "CopySnapshotMessage";
const _CSMr = "CreateSnapshotMessage";
const _CSQEF = "CacheSubnetQuotaExceededFault";
const _CSR = "CopySnapshotResult";
const _CSRr = "CreateSnapshotResult";
const _CSa = "CacheSize";
const _CSo = "CopySnapshot";
const _CSr = "CreateSnapshot";
const _CT = "ChangeType";
const _CTr = "CreateTime";
const _CU = "CreateUser";
const _CUG = "CreateUserGroup";
const _CUGM = "CreateUserGroupMessage";
const _CUL = "CacheUsageLimits";
const _CUM = "CreateUserMessage";
const _CWLD = "CloudWatchLogsDetails";
const _CWLDD = "CloudWatchLogsDestinationDetails";
const _D = "Description";
const _DCC = "DeleteCacheCluster";
const _DCCM = "DeleteCacheClusterMessage";
const _DCCMe = "DescribeCacheClustersMessage";
const _DCCR = "DeleteCacheClusterResult";
const _DCCe = "DescribeCacheClusters";
const _DCEV = "DescribeCacheEngineVersions";
const _DCEVM = "DescribeCacheEngineVersionsMessage";
const _DCP = "DescribeCacheParameters";
const _DCPG = "DeleteCacheParameterGroup";
const _DCPGM = "DeleteCacheParameterGroupMessage";
const _DCPGMe = "DescribeCacheParameterGroupsMessage";
const _DCPGe = "DescribeCacheParameterGroups";
const _DCPM = "DescribeCacheParametersMessage";
const _DCSG = "DeleteCacheSecurityGroup";
const _DCSGM = "DeleteCacheSecurityGroupMessage";
const _DCSGMe = "DeleteCacheSubnetGroupMessage";
const _DCSGMes = "DescribeCacheSecurityGroupsMessage";
const _DCSGMesc = "DescribeCacheSubnetGroupsMessage";
const _DCSGe = "DeleteCacheSubnetGroup";
const _DCSGes = "DescribeCacheSecurityGroups";
const _DCSGesc = "DescribeCacheSubnetGroups";
const _DD = "DestinationDetails";
const _DE = "DescribeEvents";
const _DEDP = "DescribeEngineDefaultParameters";
const _DEDPM = "DescribeEngineDefaultParametersMessage";
const _DEDPR = "DescribeEngineDefaultParametersResult";
const _DEM = "DescribeEventsMessage";
const _DGRG = "DeleteGlobalReplicationGroup";
const _DGRGM = "DeleteGlobalReplicationGroupMessage";
const _DGRGMe = "DescribeGlobalReplicationGroupsMessage";
const _DGRGMi = "DisassociateGlobalReplicationGroupMessage";
const _DGRGR = "DeleteGlobalReplicationGroupResult";
const _DGRGRe = "DescribeGlobalReplicationGroupsResult";
const _DGRGRi = "DisassociateGlobalReplicationGroupResult";
const _DGRGe = "DescribeGlobalReplicationGroups";
const _DGRGi = "DisassociateGlobalReplicationGroup";
const _DNGIGRG = "DecreaseNodeGroupsInGlobalReplicationGroup";
const _DNGIGRGM = "DecreaseNodeGroupsInGlobalReplicationGroupMessage";
const _DNGIGRGR = "DecreaseNodeGroupsInGlobalReplicationGroupResult";
const _DO = "DefaultOnly";
const _DRC = "DecreaseReplicaCount";
const _DRCM = "DecreaseReplicaCountMessage";
const _DRCN = "DescribeReservedCacheNodes";
const _DRCNM = "DescribeReservedCacheNodesMessage";
const _DRCNO = "DescribeReservedCacheNodesOfferings";
const _DRCNOM = "DescribeReservedCacheNodesOfferingsMessage";
const _DRCR = "DecreaseReplicaCountResult";
const _DRG = "DeleteReplicationGroup";
const _DRGM = "DeleteReplicationGroupMessage";
const _DRGMe = "DescribeReplicationGroupsMessage";
const _DRGR = "DeleteReplicationGroupResult";
const _DRGe = "DescribeReplicationGroups";
const _DS = "DataStorage";
const _DSC = "DeleteServerlessCache";
const _DSCR = "DeleteServerlessCacheRequest";
const _DSCRe = "DeleteServerlessCacheResponse";
const _DSCRes = "DescribeServerlessCachesRequest";
const _DSCResc = "DescribeServerlessCachesResponse";
const _DSCS = "DeleteServerlessCacheSnapshot";
const _DSCSR = "DeleteServerlessCacheSnapshotRequest";
const _DSCSRe = "DeleteServerlessCacheSnapshotResponse";
const _DSCSRes = "DescribeServerlessCacheSnapshotsRequest";
const _DSCSResc = "DescribeServerlessCacheSnapshotsResponse";
const _DSCSe = "DescribeServerlessCacheSnapshots";
const _DSCe = "DescribeServerlessCaches";
const _DSLM = "DescribeSnapshotsListMessage";
const _DSM = "DeleteSnapshotMessage";
const _DSMe = "DescribeSnapshotsMessage";
const _DSR = "DeleteSnapshotResult";
const _DST = "DailySnapshotTime";
const _DSU = "DescribeServiceUpdates";
const _DSUM = "DescribeServiceUpdatesMessage";
const _DSe = "DeliveryStream";
const _DSel = "DeleteSnapshot";
const _DSes = "DescribeSnapshots";
const _DT = "DataType";
const _DTE = "DataTieringEnabled";
const _DTa = "DataTiering";
const _DTe = "DestinationType";
const _DU = "DeleteUser";
const _DUA = "DescribeUpdateActions";
const _DUAM = "DescribeUpdateActionsMessage";
const _DUATUGF = "DefaultUserAssociatedToUserGroupFault";
const _DUG = "DeleteUserGroup";
const _DUGM = "DeleteUserGroupMessage";
const _DUGMe = "DescribeUserGroupsMessage";
const _DUGR = "DescribeUserGroupsResult";
const _DUGe = "DescribeUserGroups";
const _DUM = "DeleteUserMessage";
const _DUMe = "DescribeUsersMessage";
const _DUNF = "DuplicateUserNameFault";
const _DUR = "DefaultUserRequired";
const _DURe = "DescribeUsersResult";
const _DUe = "DescribeUsers";
const _Da = "Date";
const _Du = "Durability";
const _Dur = "Duration";
const _E = "Engine";
const _ECPUPS = "ECPUPerSecond";
const _ECSG = "EC2SecurityGroups";
const _ECSGL = "EC2SecurityGroupList";
const _ECSGN = "EC2SecurityGroupName";
const _ECSGOI = "EC2SecurityGroupOwnerId";
const _ECSGe = "EC2SecurityGroup";
const _ED = "EngineDefaults";
const _EDf = "EffectiveDurability";
const _EL = "EventList";
const _EM = "EventsMessage";
const _EMr = "ErrorMessage";
const _ESCS = "ExportServerlessCacheSnapshot";
const _ESCSR = "ExportServerlessCacheSnapshotRequest";
const _ESCSRx = "ExportServerlessCacheSnapshotResponse";
const _ET = "EndTime";
const _ETr = "ErrorType";
const _ETx = "ExpiryTime";
const _EUT = "EstimatedUpdateTime";
const _EV = "EngineVersion";
const _En = "Endpoint";
const _Ena = "Enabled";
const _Ev = "Event";
const _Eve = "Events";
const _F = "Force";
const _FEV = "FullEngineVersion";
const _FGRG = "FailoverGlobalReplicationGroup";
const _FGRGM = "FailoverGlobalReplicationGroupMessage";
const _FGRGR = "FailoverGlobalReplicationGroupResult";
const _FL = "FilterList";
const _FP = "FixedPrice";
const _FSI = "FinalSnapshotIdentifier";
const _FSN = "FinalSnapshotName";
const _Fi = "Filters";
const _Fil = "Filter";
const _GNG = "GlobalNodeGroup";
const _GNGI = "GlobalNodeGroupId";
const _GNGIL = "GlobalNodeGroupIdList";
const _GNGL = "GlobalNodeGroupList";
const _GNGTR = "GlobalNodeGroupsToRemove";
const _GNGTRl = "GlobalNodeGroupsToRetain";
const _GNGl = "GlobalNodeGroups";
const _GRG = "GlobalReplicationGroup";
const _GRGAEF = "GlobalReplicationGroupAlreadyExistsFault";
const _GRGD = "GlobalReplicationGroupDescription";
const _GRGI = "GlobalReplicationGroupId";
const _GRGIS = "GlobalReplicationGroupIdSuffix";
const _GRGIl = "GlobalReplicationGroupInfo";
const _GRGL = "GlobalReplicationGroupList";
const _GRGM = "GlobalReplicationGroupMember";
const _GRGML = "GlobalReplicationGroupMemberList";
const _GRGMR = "GlobalReplicationGroupMemberRole";
const _GRGNFF = "GlobalReplicationGroupNotFoundFault";
const _GRGl = "GlobalReplicationGroups";
const _IARNF = "InvalidARNFault";
const _ICCCF = "InsufficientCacheClusterCapacityFault";
const _ICCSF = "InvalidCacheClusterStateFault";
const _ICE = "InvalidCredentialsException";
const _ICPGSF = "InvalidCacheParameterGroupStateFault";
const _ICSGSF = "InvalidCacheSecurityGroupStateFault";
const _ID = "IpDiscovery";
const _IG = "IsGlobal";
const _IGRGSF = "InvalidGlobalReplicationGroupStateFault";
const _IKMSKF = "InvalidKMSKeyFault";
const _IM = "IsModifiable";
const _INGIGRG = "IncreaseNodeGroupsInGlobalReplicationGroup";
const _INGIGRGM = "IncreaseNodeGroupsInGlobalReplicationGroupMessage";
const _INGIGRGR = "IncreaseNodeGroupsInGlobalReplicationGroupResult";
const _IPCE = "InvalidParameterCombinationException";
const _IPVE = "InvalidParameterValueException";
const _IRC = "IncreaseReplicaCount";
const _IRCM = "IncreaseReplicaCountMessage";
const _IRCR = "IncreaseReplicaCountResult";
const _IRGSF = "InvalidReplicationGroupStateFault";
const _IS = "InvalidSubnet";
const _ISCSF = "InvalidServerlessCacheStateFault";
const _ISCSSF = "InvalidServerlessCacheSnapshotStateFault";
const _ISSF = "InvalidSnapshotStateFault";
const _IUGSF = "InvalidUserGroupStateFault";
const _IUSF = "InvalidUserStateFault";
const _IVPCNSF = "InvalidVPCNetworkStateFault";
const _K = "Key";
const _KFD = "KinesisFirehoseDetails";
const _KFDD = "KinesisFirehoseDestinationDetails";
const _KKI = "KmsKeyId";
const _LANTM = "ListAllowedNodeTypeModifications";
const _LANTMM = "ListAllowedNodeTypeModificationsMessage";
const _LDC = "LogDeliveryConfigurations";
const _LDCL = "LogDeliveryConfigurationList";
const _LDCR = "LogDeliveryConfigurationRequest";
const _LDCRL = "LogDeliveryConfigurationRequestList";
const _LDCo = "LogDeliveryConfiguration";
const _LF = "LogFormat";
const _LG = "LogGroup";
const _LT = "LogType";
const _LTFR = "ListTagsForResource";
const _LTFRM = "ListTagsForResourceMessage";
const _M = "Marker";
const _MAZ = "MultiAZ";
const _MAZE = "MultiAZEnabled";
const _MC = "MemberClusters";
const _MCC = "ModifyCacheCluster";
const _MCCM = "ModifyCacheClusterMessage";
const _MCCR = "ModifyCacheClusterResult";
const _MCOA = "MemberClustersOutpostArns";
const _MCPG = "ModifyCacheParameterGroup";
const _MCPGM = "ModifyCacheParameterGroupMessage";
const _MCSG = "ModifyCacheSubnetGroup";
const _MCSGM = "ModifyCacheSubnetGroupMessage";
const _MCSGR = "ModifyCacheSubnetGroupResult";
const _MEV = "MinimumEngineVersion";
const _MEVa = "MajorEngineVersion";
const _MGRG = "ModifyGlobalReplicationGroup";
const _MGRGM = "ModifyGlobalReplicationGroupMessage";
const _MGRGR = "ModifyGlobalReplicationGroupResult";
const _MR = "MaxRecords";
const _MRG = "ModifyReplicationGroup";
const _MRGM = "ModifyReplicationGroupMessage";
const _MRGR = "ModifyReplicationGroupResult";
const _MRGSC = "ModifyReplicationGroupShardConfiguration";
const _MRGSCM = "ModifyReplicationGroupShardConfigurationMessage";
const _MRGSCR = "ModifyReplicationGroupShardConfigurationResult";
const _MRa = "MaxResults";
const _MSC = "ModifyServerlessCache";
const _MSCR = "ModifyServerlessCacheRequest";
const _MSCRo = "ModifyServerlessCacheResponse";
const _MU = "ModifyUser";
const _MUG = "ModifyUserGroup";
const _MUGM = "ModifyUserGroupMessage";
const _MUM = "ModifyUserMessage";
const _Ma = "Maximum";
const _Me = "Message";
const _Mem = "Members";
const _Mi = "Minimum";
const _N = "Name";
const _NAZ = "NewAvailabilityZones";
const _NC = "NotificationConfiguration";
const _NCC = "NumCacheClusters";
const _NCN = "NumCacheNodes";
const _NDD = "NodeDeletionDate";
const _NG = "NodeGroup";
const _NGC = "NodeGroupConfiguration";
const _NGCL = "NodeGroupConfigurationList";
const _NGCo = "NodeGroupCount";
const _NGI = "NodeGroupId";
const _NGL = "NodeGroupList";
const _NGM = "NodeGroupMembers";
const _NGML = "NodeGroupMemberList";
const _NGMUS = "NodeGroupMemberUpdateStatus";
const _NGMUSL = "NodeGroupMemberUpdateStatusList";
const _NGMo = "NodeGroupMember";
const _NGNFF = "NodeGroupNotFoundFault";
const _NGPRGQEF = "NodeGroupsPerReplicationGroupQuotaExceededFault";
const _NGTR = "NodeGroupsToRemove";
const _NGTRL = "NodeGroupsToRemoveList";
const _NGTRLo = "NodeGroupsToRetainList";
const _NGTRo = "NodeGroupsToRetain";
const _NGTRod = "NodeGroupToRemove";
const _NGTRode = "NodeGroupToRetain";
const _NGUS = "NodeGroupUpdateStatus";
const _NGUSL = "NodeGroupUpdateStatusList";
const _NGo = "NodeGroups";
const _NNG = "NumNodeGroups";
const _NOF = "NoOperationFault";
const _NPR = "NoPasswordRequired";
const _NQFCEF = "NodeQuotaForClusterExceededFault";
const _NQFCEFo = "NodeQuotaForCustomerExceededFault";
const _NRC = "NewReplicaCount";
const _NS = "NodeSnapshot";
const _NSL = "NodeSnapshotList";
const _NSo = "NodeSnapshots";
const _NT = "NetworkType";
const _NTA = "NotificationTopicArn";
const _NTS = "NotificationTopicStatus";
const _NTe = "NextToken";
const _NU = "NodesUpdated";
const _NUED = "NodeUpdateEndDate";
const _NUIB = "NodeUpdateInitiatedBy";
const _NUID = "NodeUpdateInitiatedDate";
const _NUS = "NodeUpdateStatus";
const _NUSD = "NodeUpdateStartDate";
const _NUSMD = "NodeUpdateStatusModifiedDate";
const _OA = "OutpostArn";
const _OAL = "OutpostArnsList";
const _OI = "OwnerId";
const _OM = "OutpostMode";
const _OT = "OfferingType";
const _P = "Passwords";
const _PAS = "ParameterApplyStatus";
const _PAZ = "PreferredAvailabilityZone";
const _PAZL = "PreferredAvailabilityZoneList";
const _PAZr = "PreferredAvailabilityZones";
const _PAZri = "PrimaryAvailabilityZone";
const _PC = "PasswordCount";
const _PCCAZ = "PreferredCacheClusterAZs";
const _PCI = "PrimaryClusterId";
const _PCe = "PendingChanges";
const _PD = "ProductDescription";
const _PE = "PrimaryEndpoint";
const _PGS = "ParameterGroupStatus";
const _PL = "ParametersList";
const _PLDC = "PendingLogDeliveryConfiguration";
const _PLDCL = "PendingLogDeliveryConfigurationList";
const _PMV = "PendingModifiedValues";
const _PMW = "PreferredMaintenanceWindow";
const _PN = "ParameterName";
const _PNV = "ParameterNameValues";
const _PNVL = "ParameterNameValueList";
const _PNVa = "ParameterNameValue";
const _POA = "PreferredOutpostArn";
const _POAL = "PreferredOutpostArnList";
const _POAr = "PreferredOutpostArns";
const _POAri = "PrimaryOutpostArn";
const _PP = "ProgressPercentage";
const _PR = "PrimaryRegion";
const _PRCNO = "PurchaseReservedCacheNodesOffering";
const _PRCNOM = "PurchaseReservedCacheNodesOfferingMessage";
const _PRCNOR = "PurchaseReservedCacheNodesOfferingResult";
const _PRGI = "PrimaryReplicationGroupId";
const _PUA = "ProcessedUpdateAction";
const _PUAL = "ProcessedUpdateActionList";
const _PUAr = "ProcessedUpdateActions";
const _PV = "ParameterValue";
const _Pa = "Parameters";
const _Par = "Parameter";
const _Po = "Port";
const _R = "Role";
const _RAP = "ResetAllParameters";
const _RARN = "ReservationARN";
const _RAZ = "ReplicaAvailabilityZones";
const _RC = "ReplicaConfiguration";
const _RCA = "RecurringChargeAmount";
const _RCC = "RebootCacheCluster";
const _RCCM = "RebootCacheClusterMessage";
const _RCCR = "RebootCacheClusterResult";
const _RCF = "RecurringChargeFrequency";
const _RCL = "RecurringChargeList";
const _RCLe = "RegionalConfigurationList";
const _RCLep = "ReplicaConfigurationList";
const _RCLes = "ReshardingConfigurationList";
const _RCN = "ReservedCacheNode";
const _RCNAEF = "ReservedCacheNodeAlreadyExistsFault";
const _RCNI = "ReservedCacheNodeId";
const _RCNL = "ReservedCacheNodeList";
const _RCNM = "ReservedCacheNodeMessage";
const _RCNNFF = "ReservedCacheNodeNotFoundFault";
const _RCNO = "ReservedCacheNodesOffering";
const _RCNOI = "ReservedCacheNodesOfferingId";
const _RCNOL = "ReservedCacheNodesOfferingList";
const _RCNOM = "ReservedCacheNodesOfferingMessage";
const _RCNONFF = "ReservedCacheNodesOfferingNotFoundFault";
const _RCNOe = "ReservedCacheNodesOfferings";
const _RCNQEF = "ReservedCacheNodeQuotaExceededFault";
const _RCNe = "ReservedCacheNodes";
const _RCPG = "ResetCacheParameterGroup";
const _RCPGM = "ResetCacheParameterGroupMessage";
const _RCSGI = "RevokeCacheSecurityGroupIngress";
const _RCSGIM = "RevokeCacheSecurityGroupIngressMessage";
const _RCSGIR = "RevokeCacheSecurityGroupIngressResult";
const _RCe = "RegionalConfigurations";
const _RCec = "RecurringCharge";
const _RCecu = "RecurringCharges";
const _RCeg = "RegionalConfiguration";
const _RCep = "ReplicaCount";
const _RCes = "ReshardingConfiguration";
const _RE = "ReaderEndpoint";
const _REe = "ReadEndpoint";
const _RG = "ReplicationGroup";
const _RGAEF = "ReplicationGroupAlreadyExistsFault";
const _RGAUMF = "ReplicationGroupAlreadyUnderMigrationFault";
const _RGCT = "ReplicationGroupCreateTime";
const _RGD = "ReplicationGroupDescription";
const _RGI = "ReplicationGroupIds";
const _RGIe = "ReplicationGroupId";
const _RGL = "ReplicationGroupList";
const _RGLDE = "ReplicationGroupLogDeliveryEnabled";
const _RGM = "ReplicationGroupMessage";
const _RGNFF = "ReplicationGroupNotFoundFault";
const _RGNUMF = "ReplicationGroupNotUnderMigrationFault";
const _RGOA = "ReplicationGroupOutpostArn";
const _RGOAL = "ReplicationGroupOutpostArnList";
const _RGPMV = "ReplicationGroupPendingModifiedValues";
const _RGR = "ReplicationGroupRegion";
const _RGe = "ReplicationGroups";
const _RN = "ResourceName";
const _ROA = "ReplicaOutpostArns";
const _RPC = "RetainPrimaryCluster";
const _RPNG = "ReplicasPerNodeGroup";
const _RPRG = "RetainPrimaryReplicationGroup";
const _RS = "ReshardingStatus";
const _RSIGRG = "RebalanceSlotsInGlobalReplicationGroup";
const _RSIGRGM = "RebalanceSlotsInGlobalReplicationGroupMessage";
const _RSIGRGR = "RebalanceSlotsInGlobalReplicationGroupResult";
const _RTFR = "RemoveTagsFromResource";
const _RTFRM = "RemoveTagsFromResourceMessage";
const _RTR = "ReplicasToRemove";
const _RUG = "RemoveUserGroups";
const _RUGe = "RemoveUserGroup";
const _Re = "Resharding";
const _S = "Source";
const _SA = "SnapshotArns";
const _SAEF = "SnapshotAlreadyExistsFault";
const _SAL = "SnapshotArnsList";
const _SATR = "SnapshotArnsToRestore";
const _SAZ = "SubnetAvailabilityZone";
const _SAn = "SnapshotArn";
const _SBN = "S3BucketName";
const _SC = "ServerlessCache";
const _SCAEF = "ServerlessCacheAlreadyExistsFault";
const _SCC = "ServerlessCacheConfiguration";
const _SCCNIRG = "ShowCacheClustersNotInReplicationGroups";
const _SCI = "SnapshottingClusterId";
const _SCL = "ServerlessCacheList";
const _SCN = "ServerlessCacheName";
const _SCNFF = "ServerlessCacheNotFoundFault";
const _SCNI = "SourceCacheNodeId";
const _SCNIh = "ShowCacheNodeInfo";
const _SCQFCEF = "ServerlessCacheQuotaForCustomerExceededFault";
const _SCS = "ServerlessCacheSnapshot";
const _SCSAEF = "ServerlessCacheSnapshotAlreadyExistsFault";
const _SCSL = "ServerlessCacheSnapshotList";
const _SCSN = "ServerlessCacheSnapshotName";
const _SCSNFF = "ServerlessCacheSnapshotNotFoundFault";
const _SCSQEF = "ServerlessCacheSnapshotQuotaExceededFault";
const _SCSe = "ServerlessCacheSnapshots";
const _SCT = "SnapshotCreateTime";
const _SCc = "ScaleConfig";
const _SCe = "ServerlessCaches";
const _SDM = "ScaleDownModifications";
const _SET = "StorageEncryptionType";
const _SFNSF = "SnapshotFeatureNotSupportedFault";
const _SG = "SecurityGroups";
const _SGI = "SecurityGroupIds";
const _SGIL = "SecurityGroupIdsList";
const _SGIe = "SecurityGroupId";
const _SGM = "SecurityGroupMembership";
const _SGML = "SecurityGroupMembershipList";
const _SI = "SubnetIds";
const _SIL = "SubnetIdentifierList";
const _SILu = "SubnetIdsList";
const _SIM = "ScaleIntervalMinutes";
const _SIU = "SubnetInUse";
const _SIo = "SourceIdentifier";
const _SIu = "SubnetIdentifier";
const _SIub = "SubnetId";
const _SL = "SnapshotList";
const _SLRNFF = "ServiceLinkedRoleNotFoundFault";
const _SLu = "SubnetList";
const _SM = "SlotMigration";
const _SMI = "ShowMemberInfo";
const _SMM = "StartMigrationMessage";
const _SMR = "StartMigrationResponse";
const _SMl = "SlaMet";
const _SMt = "StartMigration";
const _SN = "SnapshotName";
const _SNAF = "SubnetNotAllowedFault";
const _SNFF = "SnapshotNotFoundFault";
const _SNGC = "ShowNodeGroupConfig";
const _SNLUS = "ShowNodeLevelUpdateStatus";
const _SNT = "SupportedNetworkTypes";
const _SO = "SubnetOutpost";
const _SOA = "SubnetOutpostArn";
const _SP = "ScalePercentage";
const _SQEF = "SnapshotQuotaExceededFault";
const _SRL = "SnapshotRetentionLimit";
const _SS = "SnapshotSource";
const _SSCSN = "SourceServerlessCacheSnapshotName";
const _SSN = "SourceSnapshotName";
const _SSn = "SnapshotStatus";
const _ST = "SourceType";
const _STn = "SnapshotType";
const _STt = "StartTime";
const _SU = "ServiceUpdate";
const _SUD = "ServiceUpdateDescription";
const _SUED = "ServiceUpdateEndDate";
const _SUL = "ServiceUpdateList";
const _SUM = "ScaleUpModifications";
const _SUMe = "ServiceUpdatesMessage";
const _SUN = "ServiceUpdateName";
const _SUNFF = "ServiceUpdateNotFoundFault";
const _SURABD = "ServiceUpdateRecommendedApplyByDate";
const _SURD = "ServiceUpdateReleaseDate";
const _SUS = "ServiceUpdateStatus";
const _SUSe = "ServiceUpdateSeverity";
const _SUT = "ServiceUpdateType";
const _SUTR = "ServiceUpdateTimeRange";
const _SUe = "ServiceUpdates";
const _SW = "SnapshotWindow";
const _Sl = "Slots";
const _Sn = "Snapshot";
const _Sna = "Snapshots";
const _St = "Status";
const _Sta = "State";
const _Su = "Subnets";
const _Sub = "Subnet";
const _T = "Tags";
const _TA = "TopicArn";
const _TB = "TargetBucket";
const _TEE = "TransitEncryptionEnabled";
const _TEM = "TransitEncryptionMode";
const _TF = "TestFailover";
const _TFM = "TestFailoverMessage";
const _TFNAF = "TestFailoverNotAvailableFault";
const _TFR = "TestFailoverResult";
const _TK = "TagKeys";
const _TL = "TagList";
const _TLM = "TagListMessage";
const _TM = "TestMigration";
const _TMM = "TestMigrationMessage";
const _TMR = "TestMigrationResponse";
const _TNFF = "TagNotFoundFault";
const _TQPRE = "TagQuotaPerResourceExceeded";
const _TRF = "TimeRangeFilter";
const _TS = "TopicStatus";
const _TSCSN = "TargetServerlessCacheSnapshotName";
const _TSN = "TargetSnapshotName";
const _Ta = "Tag";
const _Ty = "Type";
const _U = "Unit";
const _UA = "UpdateAction";
const _UAAD = "UpdateActionAvailableDate";
const _UAEF = "UserAlreadyExistsFault";
const _UAL = "UpdateActionList";
const _UAM = "UpdateActionsMessage";
const _UARM = "UpdateActionResultsMessage";
const _UAS = "UpdateActionStatus";
const _UASMD = "UpdateActionStatusModifiedDate";
const _UAp = "UpdateActions";
const _UG = "UserGroups";
const _UGAEF = "UserGroupAlreadyExistsFault";
const _UGI = "UserGroupIds";
const _UGITA = "UserGroupIdsToAdd";
const _UGITR = "UserGroupIdsToRemove";
const _UGIs = "UserGroupId";
const _UGL = "UserGroupList";
const _UGNFF = "UserGroupNotFoundFault";
const _UGPC = "UserGroupPendingChanges";
const _UGQEF = "UserGroupQuotaExceededFault";
const _UGUS = "UserGroupsUpdateStatus";
const _UGs = "UserGroup";
const _UI = "UserIds";
const _UITA = "UserIdsToAdd";
const _UITR = "UserIdsToRemove";
const _UIs = "UserId";
const _UL = "UserList";
const _UN = "UserName";
const _UNFF = "UserNotFoundFault";
const _UP = "UsagePrice";
const _UQEF = "UserQuotaExceededFault";
const _UUA = "UnprocessedUpdateAction";
const _UUAL = "UnprocessedUpdateActionList";
const _UUAn = "UnprocessedUpdateActions";
const _Us = "Users";
const _Use = "User";
const _V = "Value";
const _VI = "VpcId";
const _Va = "Values";
const _aQE = "awsQueryError";
const _c = "client";
const _e = "error";
const _hE = "httpError";
const _m = "message";
const _s = "smithy.ts.sdk.synthetic.com.amazonaws.elasticache";
const _xN = "xmlName";
const n0 = "com.amazonaws.elasticache";
const _s_registry = TypeRegistry.for(_s);
var ElastiCacheServiceException$ = [-3, _s, "ElastiCacheServiceException", 0, [], []];
_s_registry.registerError(ElastiCacheServiceException$, ElastiCacheServiceException);
const n0_registry = TypeRegistry.for(n0);
var APICallRateForCustomerExceededFault$ = [-3, n0, _APICRFCEF,
    { [_aQE]: [`APICallRateForCustomerExceeded`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(APICallRateForCustomerExceededFault$, APICallRateForCustomerExceededFault);
var AuthorizationAlreadyExistsFault$ = [-3, n0, _AAEF,
    { [_aQE]: [`AuthorizationAlreadyExists`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(AuthorizationAlreadyExistsFault$, AuthorizationAlreadyExistsFault);
var AuthorizationNotFoundFault$ = [-3, n0, _ANFF,
    { [_aQE]: [`AuthorizationNotFound`, 404], [_e]: _c, [_hE]: 404 },
    [_m],
    [0]
];
n0_registry.registerError(AuthorizationNotFoundFault$, AuthorizationNotFoundFault);
var CacheClusterAlreadyExistsFault$ = [-3, n0, _CCAEF,
    { [_aQE]: [`CacheClusterAlreadyExists`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(CacheClusterAlreadyExistsFault$, CacheClusterAlreadyExistsFault);
var CacheClusterNotFoundFault$ = [-3, n0, _CCNFF,
    { [_aQE]: [`CacheClusterNotFound`, 404], [_e]: _c, [_hE]: 404 },
    [_m],
    [0]
];
n0_registry.registerError(CacheClusterNotFoundFault$, CacheClusterNotFoundFault);
var CacheParameterGroupAlreadyExistsFault$ = [-3, n0, _CPGAEF,
    { [_aQE]: [`CacheParameterGroupAlreadyExists`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(CacheParameterGroupAlreadyExistsFault$, CacheParameterGroupAlreadyExistsFault);
var CacheParameterGroupNotFoundFault$ = [-3, n0, _CPGNFF,
    { [_aQE]: [`CacheParameterGroupNotFound`, 404], [_e]: _c, [_hE]: 404 },
    [_m],
    [0]
];
n0_registry.registerError(CacheParameterGroupNotFoundFault$, CacheParameterGroupNotFoundFault);
var CacheParameterGroupQuotaExceededFault$ = [-3, n0, _CPGQEF,
    { [_aQE]: [`CacheParameterGroupQuotaExceeded`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(CacheParameterGroupQuotaExceededFault$, CacheParameterGroupQuotaExceededFault);
var CacheSecurityGroupAlreadyExistsFault$ = [-3, n0, _CSGAEF,
    { [_aQE]: [`CacheSecurityGroupAlreadyExists`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(CacheSecurityGroupAlreadyExistsFault$, CacheSecurityGroupAlreadyExistsFault);
var CacheSecurityGroupNotFoundFault$ = [-3, n0, _CSGNFF,
    { [_aQE]: [`CacheSecurityGroupNotFound`, 404], [_e]: _c, [_hE]: 404 },
    [_m],
    [0]
];
n0_registry.registerError(CacheSecurityGroupNotFoundFault$, CacheSecurityGroupNotFoundFault);
var CacheSecurityGroupQuotaExceededFault$ = [-3, n0, _CSGQEF,
    { [_aQE]: [`QuotaExceeded.CacheSecurityGroup`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(CacheSecurityGroupQuotaExceededFault$, CacheSecurityGroupQuotaExceededFault);
var CacheSubnetGroupAlreadyExistsFault$ = [-3, n0, _CSGAEFa,
    { [_aQE]: [`CacheSubnetGroupAlreadyExists`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(CacheSubnetGroupAlreadyExistsFault$, CacheSubnetGroupAlreadyExistsFault);
var CacheSubnetGroupInUse$ = [-3, n0, _CSGIU,
    { [_aQE]: [`CacheSubnetGroupInUse`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(CacheSubnetGroupInUse$, CacheSubnetGroupInUse);
var CacheSubnetGroupNotFoundFault$ = [-3, n0, _CSGNFFa,
    { [_aQE]: [`CacheSubnetGroupNotFoundFault`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(CacheSubnetGroupNotFoundFault$, CacheSubnetGroupNotFoundFault);
var CacheSubnetGroupQuotaExceededFault$ = [-3, n0, _CSGQEFa,
    { [_aQE]: [`CacheSubnetGroupQuotaExceeded`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(CacheSubnetGroupQuotaExceededFault$, CacheSubnetGroupQuotaExceededFault);
var CacheSubnetQuotaExceededFault$ = [-3, n0, _CSQEF,
    { [_aQE]: [`CacheSubnetQuotaExceededFault`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(CacheSubnetQuotaExceededFault$, CacheSubnetQuotaExceededFault);
var ClusterQuotaForCustomerExceededFault$ = [-3, n0, _CQFCEF,
    { [_aQE]: [`ClusterQuotaForCustomerExceeded`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(ClusterQuotaForCustomerExceededFault$, ClusterQuotaForCustomerExceededFault);
var DefaultUserAssociatedToUserGroupFault$ = [-3, n0, _DUATUGF,
    { [_aQE]: [`DefaultUserAssociatedToUserGroup`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(DefaultUserAssociatedToUserGroupFault$, DefaultUserAssociatedToUserGroupFault);
var DefaultUserRequired$ = [-3, n0, _DUR,
    { [_aQE]: [`DefaultUserRequired`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(DefaultUserRequired$, DefaultUserRequired);
var DuplicateUserNameFault$ = [-3, n0, _DUNF,
    { [_aQE]: [`DuplicateUserName`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(DuplicateUserNameFault$, DuplicateUserNameFault);
var GlobalReplicationGroupAlreadyExistsFault$ = [-3, n0, _GRGAEF,
    { [_aQE]: [`GlobalReplicationGroupAlreadyExistsFault`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(GlobalReplicationGroupAlreadyExistsFault$, GlobalReplicationGroupAlreadyExistsFault);
var GlobalReplicationGroupNotFoundFault$ = [-3, n0, _GRGNFF,
    { [_aQE]: [`GlobalReplicationGroupNotFoundFault`, 404], [_e]: _c, [_hE]: 404 },
    [_m],
    [0]
];
n0_registry.registerError(GlobalReplicationGroupNotFoundFault$, GlobalReplicationGroupNotFoundFault);
var InsufficientCacheClusterCapacityFault$ = [-3, n0, _ICCCF,
    { [_aQE]: [`InsufficientCacheClusterCapacity`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(InsufficientCacheClusterCapacityFault$, InsufficientCacheClusterCapacityFault);
var InvalidARNFault$ = [-3, n0, _IARNF,
    { [_aQE]: [`InvalidARN`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(InvalidARNFault$, InvalidARNFault);
var InvalidCacheClusterStateFault$ = [-3, n0, _ICCSF,
    { [_aQE]: [`InvalidCacheClusterState`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(InvalidCacheClusterStateFault$, InvalidCacheClusterStateFault);
var InvalidCacheParameterGroupStateFault$ = [-3, n0, _ICPGSF,
    { [_aQE]: [`InvalidCacheParameterGroupState`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(InvalidCacheParameterGroupStateFault$, InvalidCacheParameterGroupStateFault);
var InvalidCacheSecurityGroupStateFault$ = [-3, n0, _ICSGSF,
    { [_aQE]: [`InvalidCacheSecurityGroupState`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(InvalidCacheSecurityGroupStateFault$, InvalidCacheSecurityGroupStateFault);
var InvalidCredentialsException$ = [-3, n0, _ICE,
    { [_aQE]: [`InvalidCredentialsException`, 408], [_e]: _c, [_hE]: 408 },
    [_m],
    [0]
];
n0_registry.registerError(InvalidCredentialsException$, InvalidCredentialsException);
var InvalidGlobalReplicationGroupStateFault$ = [-3, n0, _IGRGSF,
    { [_aQE]: [`InvalidGlobalReplicationGroupState`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(InvalidGlobalReplicationGroupStateFault$, InvalidGlobalReplicationGroupStateFault);
var InvalidKMSKeyFault$ = [-3, n0, _IKMSKF,
    { [_aQE]: [`InvalidKMSKeyFault`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(InvalidKMSKeyFault$, InvalidKMSKeyFault);
var InvalidParameterCombinationException$ = [-3, n0, _IPCE,
    { [_aQE]: [`InvalidParameterCombination`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(InvalidParameterCombinationException$, InvalidParameterCombinationException);
var InvalidParameterValueException$ = [-3, n0, _IPVE,
    { [_aQE]: [`InvalidParameterValue`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(InvalidParameterValueException$, InvalidParameterValueException);
var InvalidReplicationGroupStateFault$ = [-3, n0, _IRGSF,
    { [_aQE]: [`InvalidReplicationGroupState`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(InvalidReplicationGroupStateFault$, InvalidReplicationGroupStateFault);
var InvalidServerlessCacheSnapshotStateFault$ = [-3, n0, _ISCSSF,
    { [_aQE]: [`InvalidServerlessCacheSnapshotStateFault`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(InvalidServerlessCacheSnapshotStateFault$, InvalidServerlessCacheSnapshotStateFault);
var InvalidServerlessCacheStateFault$ = [-3, n0, _ISCSF,
    { [_aQE]: [`InvalidServerlessCacheStateFault`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(InvalidServerlessCacheStateFault$, InvalidServerlessCacheStateFault);
var InvalidSnapshotStateFault$ = [-3, n0, _ISSF,
    { [_aQE]: [`InvalidSnapshotState`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(InvalidSnapshotStateFault$, InvalidSnapshotStateFault);
var InvalidSubnet$ = [-3, n0, _IS,
    { [_aQE]: [`InvalidSubnet`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(InvalidSubnet$, InvalidSubnet);
var InvalidUserGroupStateFault$ = [-3, n0, _IUGSF,
    { [_aQE]: [`InvalidUserGroupState`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(InvalidUserGroupStateFault$, InvalidUserGroupStateFault);
var InvalidUserStateFault$ = [-3, n0, _IUSF,
    { [_aQE]: [`InvalidUserState`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(InvalidUserStateFault$, InvalidUserStateFault);
var InvalidVPCNetworkStateFault$ = [-3, n0, _IVPCNSF,
    { [_aQE]: [`InvalidVPCNetworkStateFault`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(InvalidVPCNetworkStateFault$, InvalidVPCNetworkStateFault);
var NodeGroupNotFoundFault$ = [-3, n0, _NGNFF,
    { [_aQE]: [`NodeGroupNotFoundFault`, 404], [_e]: _c, [_hE]: 404 },
    [_m],
    [0]
];
n0_registry.registerError(NodeGroupNotFoundFault$, NodeGroupNotFoundFault);
var NodeGroupsPerReplicationGroupQuotaExceededFault$ = [-3, n0, _NGPRGQEF,
    { [_aQE]: [`NodeGroupsPerReplicationGroupQuotaExceeded`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(NodeGroupsPerReplicationGroupQuotaExceededFault$, NodeGroupsPerReplicationGroupQuotaExceededFault);
var NodeQuotaForClusterExceededFault$ = [-3, n0, _NQFCEF,
    { [_aQE]: [`NodeQuotaForClusterExceeded`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(NodeQuotaForClusterExceededFault$, NodeQuotaForClusterExceededFault);
var NodeQuotaForCustomerExceededFault$ = [-3, n0, _NQFCEFo,
    { [_aQE]: [`NodeQuotaForCustomerExceeded`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(NodeQuotaForCustomerExceededFault$, NodeQuotaForCustomerExceededFault);
var NoOperationFault$ = [-3, n0, _NOF,
    { [_aQE]: [`NoOperationFault`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(NoOperationFault$, NoOperationFault);
var ReplicationGroupAlreadyExistsFault$ = [-3, n0, _RGAEF,
    { [_aQE]: [`ReplicationGroupAlreadyExists`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(ReplicationGroupAlreadyExistsFault$, ReplicationGroupAlreadyExistsFault);
var ReplicationGroupAlreadyUnderMigrationFault$ = [-3, n0, _RGAUMF,
    { [_aQE]: [`ReplicationGroupAlreadyUnderMigrationFault`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(ReplicationGroupAlreadyUnderMigrationFault$, ReplicationGroupAlreadyUnderMigrationFault);
var ReplicationGroupNotFoundFault$ = [-3, n0, _RGNFF,
    { [_aQE]: [`ReplicationGroupNotFoundFault`, 404], [_e]: _c, [_hE]: 404 },
    [_m],
    [0]
];
n0_registry.registerError(ReplicationGroupNotFoundFault$, ReplicationGroupNotFoundFault);
var ReplicationGroupNotUnderMigrationFault$ = [-3, n0, _RGNUMF,
    { [_aQE]: [`ReplicationGroupNotUnderMigrationFault`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(ReplicationGroupNotUnderMigrationFault$, ReplicationGroupNotUnderMigrationFault);
var ReservedCacheNodeAlreadyExistsFault$ = [-3, n0, _RCNAEF,
    { [_aQE]: [`ReservedCacheNodeAlreadyExists`, 404], [_e]: _c, [_hE]: 404 },
    [_m],
    [0]
];
n0_registry.registerError(ReservedCacheNodeAlreadyExistsFault$, ReservedCacheNodeAlreadyExistsFault);
var ReservedCacheNodeNotFoundFault$ = [-3, n0, _RCNNFF,
    { [_aQE]: [`ReservedCacheNodeNotFound`, 404], [_e]: _c, [_hE]: 404 },
    [_m],
    [0]
];
n0_registry.registerError(ReservedCacheNodeNotFoundFault$, ReservedCacheNodeNotFoundFault);
var ReservedCacheNodeQuotaExceededFault$ = [-3, n0, _RCNQEF,
    { [_aQE]: [`ReservedCacheNodeQuotaExceeded`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(ReservedCacheNodeQuotaExceededFault$, ReservedCacheNodeQuotaExceededFault);
var ReservedCacheNodesOfferingNotFoundFault$ = [-3, n0, _RCNONFF,
    { [_aQE]: [`ReservedCacheNodesOfferingNotFound`, 404], [_e]: _c, [_hE]: 404 },
    [_m],
    [0]
];
n0_registry.registerError(ReservedCacheNodesOfferingNotFoundFault$, ReservedCacheNodesOfferingNotFoundFault);
var ServerlessCacheAlreadyExistsFault$ = [-3, n0, _SCAEF,
    { [_aQE]: [`ServerlessCacheAlreadyExistsFault`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(ServerlessCacheAlreadyExistsFault$, ServerlessCacheAlreadyExistsFault);
var ServerlessCacheNotFoundFault$ = [-3, n0, _SCNFF,
    { [_aQE]: [`ServerlessCacheNotFoundFault`, 404], [_e]: _c, [_hE]: 404 },
    [_m],
    [0]
];
n0_registry.registerError(ServerlessCacheNotFoundFault$, ServerlessCacheNotFoundFault);
var ServerlessCacheQuotaForCustomerExceededFault$ = [-3, n0, _SCQFCEF,
    { [_aQE]: [`ServerlessCacheQuotaForCustomerExceededFault`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(ServerlessCacheQuotaForCustomerExceededFault$, ServerlessCacheQuotaForCustomerExceededFault);
var ServerlessCacheSnapshotAlreadyExistsFault$ = [-3, n0, _SCSAEF,
    { [_aQE]: [`ServerlessCacheSnapshotAlreadyExistsFault`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(ServerlessCacheSnapshotAlreadyExistsFault$, ServerlessCacheSnapshotAlreadyExistsFault);
var ServerlessCacheSnapshotNotFoundFault$ = [-3, n0, _SCSNFF,
    { [_aQE]: [`ServerlessCacheSnapshotNotFoundFault`, 404], [_e]: _c, [_hE]: 404 },
    [_m],
    [0]
];
n0_registry.registerError(ServerlessCacheSnapshotNotFoundFault$, ServerlessCacheSnapshotNotFoundFault);
var ServerlessCacheSnapshotQuotaExceededFault$ = [-3, n0, _SCSQEF,
    { [_aQE]: [`ServerlessCacheSnapshotQuotaExceededFault`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(ServerlessCacheSnapshotQuotaExceededFault$, ServerlessCacheSnapshotQuotaExceededFault);
var ServiceLinkedRoleNotFoundFault$ = [-3, n0, _SLRNFF,
    { [_aQE]: [`ServiceLinkedRoleNotFoundFault`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(ServiceLinkedRoleNotFoundFault$, ServiceLinkedRoleNotFoundFault);
var ServiceUpdateNotFoundFault$ = [-3, n0, _SUNFF,
    { [_aQE]: [`ServiceUpdateNotFoundFault`, 404], [_e]: _c, [_hE]: 404 },
    [_m],
    [0]
];
n0_registry.registerError(ServiceUpdateNotFoundFault$, ServiceUpdateNotFoundFault);
var SnapshotAlreadyExistsFault$ = [-3, n0, _SAEF,
    { [_aQE]: [`SnapshotAlreadyExistsFault`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(SnapshotAlreadyExistsFault$, SnapshotAlreadyExistsFault);
var SnapshotFeatureNotSupportedFault$ = [-3, n0, _SFNSF,
    { [_aQE]: [`SnapshotFeatureNotSupportedFault`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(SnapshotFeatureNotSupportedFault$, SnapshotFeatureNotSupportedFault);
var SnapshotNotFoundFault$ = [-3, n0, _SNFF,
    { [_aQE]: [`SnapshotNotFoundFault`, 404], [_e]: _c, [_hE]: 404 },
    [_m],
    [0]
];
n0_registry.registerError(SnapshotNotFoundFault$, SnapshotNotFoundFault);
var SnapshotQuotaExceededFault$ = [-3, n0, _SQEF,
    { [_aQE]: [`SnapshotQuotaExceededFault`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(SnapshotQuotaExceededFault$, SnapshotQuotaExceededFault);
var SubnetInUse$ = [-3, n0, _SIU,
    { [_aQE]: [`SubnetInUse`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(SubnetInUse$, SubnetInUse);
var SubnetNotAllowedFault$ = [-3, n0, _SNAF,
    { [_aQE]: [`SubnetNotAllowedFault`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(SubnetNotAllowedFault$, SubnetNotAllowedFault);
var TagNotFoundFault$ = [-3, n0, _TNFF,
    { [_aQE]: [`TagNotFound`, 404], [_e]: _c, [_hE]: 404 },
    [_m],
    [0]
];
n0_registry.registerError(TagNotFoundFault$, TagNotFoundFault);
var TagQuotaPerResourceExceeded$ = [-3, n0, _TQPRE,
    { [_aQE]: [`TagQuotaPerResourceExceeded`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(TagQuotaPerResourceExceeded$, TagQuotaPerResourceExceeded);
var TestFailoverNotAvailableFault$ = [-3, n0, _TFNAF,
    { [_aQE]: [`TestFailoverNotAvailableFault`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(TestFailoverNotAvailableFault$, TestFailoverNotAvailableFault);
var UserAlreadyExistsFault$ = [-3, n0, _UAEF,
    { [_aQE]: [`UserAlreadyExists`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(UserAlreadyExistsFault$, UserAlreadyExistsFault);
var UserGroupAlreadyExistsFault$ = [-3, n0, _UGAEF,
    { [_aQE]: [`UserGroupAlreadyExists`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(UserGroupAlreadyExistsFault$, UserGroupAlreadyExistsFault);
var UserGroupNotFoundFault$ = [-3, n0, _UGNFF,
    { [_aQE]: [`UserGroupNotFound`, 404], [_e]: _c, [_hE]: 404 },
    [_m],
    [0]
];
n0_registry.registerError(UserGroupNotFoundFault$, UserGroupNotFoundFault);
var UserGroupQuotaExceededFault$ = [-3, n0, _UGQEF,
    { [_aQE]: [`UserGroupQuotaExceeded`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(UserGroupQuotaExceededFault$, UserGroupQuotaExceededFault);
var UserNotFoundFault$ = [-3, n0, _UNFF,
    { [_aQE]: [`UserNotFound`, 404], [_e]: _c, [_hE]: 404 },
    [_m],
    [0]
];
n0_registry.registerError(UserNotFoundFault$, UserNotFoundFault);
var UserQuotaExceededFault$ = [-3, n0, _UQEF,
    { [_aQE]: [`UserQuotaExceeded`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(UserQuotaExceededFault$, UserQuotaExceededFault);
const errorTypeRegistries = [
    _s_registry,
    n0_registry,
];
var AddTagsToResourceMessage$ = [3, n0, _ATTRM,
    0,
    [_RN, _T],
    [0, [() => TagList, 0]], 2
];
var AllowedNodeTypeModificationsMessage$ = [3, n0, _ANTMM,
    0,
    [_SUM, _SDM],
    [64 | 0, 64 | 0]
];
var Authentication$ = [3, n0, _A,
    0,
    [_Ty, _PC],
    [0, 1]
];
var AuthenticationMode$ = [3, n0, _AM,
    0,
    [_Ty, _P],
    [0, 64 | 0]
];
var AuthorizeCacheSecurityGroupIngressMessage$ = [3, n0, _ACSGIM,
    0,
    [_CSGN, _ECSGN, _ECSGOI],
    [0, 0, 0], 3
];
var AuthorizeCacheSecurityGroupIngressResult$ = [3, n0, _ACSGIR,
    0,
    [_CSG],
    [[() => CacheSecurityGroup$, 0]]
];
var AvailabilityZone$ = [3, n0, _AZ,
    0,
    [_N],
    [0]
];
var BatchApplyUpdateActionMessage$ = [3, n0, _BAUAM,
    0,
    [_SUN, _RGI, _CCI],
    [0, 64 | 0, 64 | 0], 1
];
var BatchStopUpdateActionMessage$ = [3, n0, _BSUAM,
    0,
    [_SUN, _RGI, _CCI],
    [0, 64 | 0, 64 | 0], 1
];
var CacheCluster$ = [3, n0, _CC,
    0,
    [_CCIa, _CE, _CDLP, _CNT, _E, _EV, _CCS, _NCN, _PAZ, _POA, _CCCT, _PMW, _PMV, _NC, _CSGa, _CPG, _CSGNa, _CN, _AMVU, _SG, _RGIe, _SRL, _SW, _ATE, _ATLMD, _TEE, _AREE, _ARN, _RGLDE, _LDC, _NT, _ID, _TEM],
    [0, () => Endpoint$, 0, 0, 0, 0, 0, 1, 0, 0, 4, 0, [() => PendingModifiedValues$, 0], () => NotificationConfiguration$, [() => CacheSecurityGroupMembershipList, 0], [() => CacheParameterGroupStatus$, 0], 0, [() => CacheNodeList, 0], 2, () => SecurityGroupMembershipList, 0, 1, 0, 2, 4, 2, 2, 0, 2, [() => LogDeliveryConfigurationList, 0], 0, 0, 0]
];
var CacheClusterMessage$ = [3, n0, _CCM,
    0,
    [_M, _CCa],
    [0, [() => CacheClusterList, 0]]
];
var CacheEngineVersion$ = [3, n0, _CEV,
    0,
    [_E, _EV, _CPGF, _CED, _CEVD],
    [0, 0, 0, 0, 0]
];
var CacheEngineVersionMessage$ = [3, n0, _CEVM,
    0,
    [_M, _CEVa],
    [0, [() => CacheEngineVersionList, 0]]
];
var CacheNode$ = [3, n0, _CNa,
    0,
    [_CNI, _CNS, _CNCT, _En, _PGS, _SCNI, _CAZ, _COA],
    [0, 0, 4, () => Endpoint$, 0, 0, 0, 0]
];
var CacheNodeTypeSpecificParameter$ = [3, n0, _CNTSP,
    0,
    [_PN, _D, _S, _DT, _AV, _IM, _MEV, _CNTSV, _CT],
    [0, 0, 0, 0, 0, 2, 0, [() => CacheNodeTypeSpecificValueList, 0], 0]
];
var CacheNodeTypeSpecificValue$ = [3, n0, _CNTSVa,
    0,
    [_CNT, _V],
    [0, 0]
];
var CacheNodeUpdateStatus$ = [3, n0, _CNUS,
    0,
    [_CNI, _NUS, _NDD, _NUSD, _NUED, _NUIB, _NUID, _NUSMD],
    [0, 0, 4, 4, 4, 0, 4, 4]
];
var CacheParameterGroup$ = [3, n0, _CPG,
    0,
    [_CPGN, _CPGF, _D, _IG, _ARN],
    [0, 0, 0, 2, 0]
];
var CacheParameterGroupDetails$ = [3, n0, _CPGD,
    0,
    [_M, _Pa, _CNTSPa],
    [0, [() => ParametersList, 0], [() => CacheNodeTypeSpecificParametersList, 0]]
];
var CacheParameterGroupNameMessage$ = [3, n0, _CPGNM,
    0,
    [_CPGN],
    [0]
];
var CacheParameterGroupsMessage$ = [3, n0, _CPGM,
    0,
    [_M, _CPGa],
    [0, [() => CacheParameterGroupList, 0]]
];
var CacheParameterGroupStatus$ = [3, n0, _CPGS,
    0,
    [_CPGN, _PAS, _CNITR],
    [0, 0, [() => CacheNodeIdsList, 0]]
];
var CacheSecurityGroup$ = [3, n0, _CSG,
    0,
    [_OI, _CSGN, _D, _ECSG, _ARN],
    [0, 0, 0, [() => EC2SecurityGroupList, 0], 0]
];
var CacheSecurityGroupMembership$ = [3, n0, _CSGM,
    0,
    [_CSGN, _St],
    [0, 0]
];
var CacheSecurityGroupMessage$ = [3, n0, _CSGMa,
    0,
    [_M, _CSGa],
    [0, [() => CacheSecurityGroups, 0]]
];
var CacheSubnetGroup$ = [3, n0, _CSGac,
    0,
    [_CSGNa, _CSGD, _VI, _Su, _ARN, _SNT],
    [0, 0, 0, [() => SubnetList, 0], 0, 64 | 0]
];
var CacheSubnetGroupMessage$ = [3, n0, _CSGMac,
    0,
    [_M, _CSGach],
    [0, [() => CacheSubnetGroups, 0]]
];
var CacheUsageLimits$ = [3, n0, _CUL,
    0,
    [_DS, _ECPUPS],
    [() => DataStorage$, () => ECPUPerSecond$]
];
var CloudWatchLogsDestinationDetails$ = [3, n0, _CWLDD,
    0,
    [_LG],
    [0]
];
var CompleteMigrationMessage$ = [3, n0, _CMM,
    0,
    [_RGIe, _F],
    [0, 2], 1
];
var CompleteMigrationResponse$ = [3, n0, _CMR,
    0,
    [_RG],
    [[() => ReplicationGroup$, 0]]
];
var ConfigureShard$ = [3, n0, _CS,
    0,
    [_NGI, _NRC, _PAZr, _POAr],
    [0, 1, [() => PreferredAvailabilityZoneList, 0], [() => PreferredOutpostArnList, 0]], 2
];
var CopyServerlessCacheSnapshotRequest$ = [3, n0, _CSCSR,
    0,
    [_SSCSN, _TSCSN, _KKI, _T],
    [0, 0, 0, [() => TagList, 0]], 2
];
var CopyServerlessCacheSnapshotResponse$ = [3, n0, _CSCSRo,
    0,
    [_SCS],
    [() => ServerlessCacheSnapshot$]
];
var CopySnapshotMessage$ = [3, n0, _CSM,
    0,
    [_SSN, _TSN, _TB, _KKI, _T],
    [0, 0, 0, 0, [() => TagList, 0]], 2
];
var CopySnapshotResult$ = [3, n0, _CSR,
    0,
    [_Sn],
    [[() => Snapshot$, 0]]
];
var CreateCacheClusterMessage$ = [3, n0, _CCCM,
    0,
    [_CCIa, _RGIe, _AZM, _PAZ, _PAZr, _NCN, _CNT, _E, _EV, _CPGN, _CSGNa, _CSGNac, _SGI, _T, _SA, _SN, _PMW, _Po, _NTA, _AMVU, _SRL, _SW, _AT, _OM, _POA, _POAr, _LDC, _TEE, _NT, _ID],
    [0, 0, 0, 0, [() => PreferredAvailabilityZoneList, 0], 1, 0, 0, 0, 0, 0, [() => CacheSecurityGroupNameList, 0], [() => SecurityGroupIdsList, 0], [() => TagList, 0], [() => SnapshotArnsList, 0], 0, 0, 1, 0, 2, 1, 0, 0, 0, 0, [() => PreferredOutpostArnList, 0], [() => LogDeliveryConfigurationRequestList, 0], 2, 0, 0], 1
];
var CreateCacheClusterResult$ = [3, n0, _CCCR,
    0,
    [_CC],
    [[() => CacheCluster$, 0]]
];
var CreateCacheParameterGroupMessage$ = [3, n0, _CCPGM,
    0,
    [_CPGN, _CPGF, _D, _T],
    [0, 0, 0, [() => TagList, 0]], 3
];
var CreateCacheParameterGroupResult$ = [3, n0, _CCPGR,
    0,
    [_CPG],
    [() => CacheParameterGroup$]
];
var CreateCacheSecurityGroupMessage$ = [3, n0, _CCSGM,
    0,
    [_CSGN, _D, _T],
    [0, 0, [() => TagList, 0]], 2
];
var CreateCacheSecurityGroupResult$ = [3, n0, _CCSGR,
    0,
    [_CSG],
    [[() => CacheSecurityGroup$, 0]]
];
var CreateCacheSubnetGroupMessage$ = [3, n0, _CCSGMr,
    0,
    [_CSGNa, _CSGD, _SI, _T],
    [0, 0, [() => SubnetIdentifierList, 0], [() => TagList, 0]], 3
];
var CreateCacheSubnetGroupResult$ = [3, n0, _CCSGRr,
    0,
    [_CSGac],
    [[() => CacheSubnetGroup$, 0]]
];
var CreateGlobalReplicationGroupMessage$ = [3, n0, _CGRGM,
    0,
    [_GRGIS, _PRGI, _GRGD],
    [0, 0, 0], 2
];
var CreateGlobalReplicationGroupResult$ = [3, n0, _CGRGR,
    0,
    [_GRG],
    [[() => GlobalReplicationGroup$, 0]]
];
var CreateReplicationGroupMessage$ = [3, n0, _CRGM,
    0,
    [_RGIe, _RGD, _GRGI, _PCI, _AFE, _MAZE, _NCC, _PCCAZ, _NNG, _RPNG, _NGC, _CNT, _E, _EV, _CPGN, _CSGNa, _CSGNac, _SGI, _T, _SA, _SN, _PMW, _Po, _NTA, _AMVU, _SRL, _SW, _AT, _TEE, _AREE, _KKI, _UGI, _LDC, _DTE, _NT, _ID, _TEM, _CM, _SCSN, _Du],
    [0, 0, 0, 0, 2, 2, 1, [() => AvailabilityZonesList, 0], 1, 1, [() => NodeGroupConfigurationList, 0], 0, 0, 0, 0, 0, [() => CacheSecurityGroupNameList, 0], [() => SecurityGroupIdsList, 0], [() => TagList, 0], [() => SnapshotArnsList, 0], 0, 0, 1, 0, 2, 1, 0, 0, 2, 2, 0, 64 | 0, [() => LogDeliveryConfigurationRequestList, 0], 2, 0, 0, 0, 0, 0, 0], 2
];
var CreateReplicationGroupResult$ = [3, n0, _CRGR,
    0,
    [_RG],
    [[() => ReplicationGroup$, 0]]
];
var CreateServerlessCacheRequest$ = [3, n0, _CSCR,
    0,
    [_SCN, _E, _D, _MEVa, _CUL, _KKI, _SGI, _SATR, _T, _UGIs, _SI, _SRL, _DST, _NT],
    [0, 0, 0, 0, () => CacheUsageLimits$, 0, [() => SecurityGroupIdsList, 0], [() => SnapshotArnsList, 0], [() => TagList, 0], 0, [() => SubnetIdsList, 0], 1, 0, 0], 2
];
var CreateServerlessCacheResponse$ = [3, n0, _CSCRr,
    0,
    [_SC],
    [[() => ServerlessCache$, 0]]
];
var CreateServerlessCacheSnapshotRequest$ = [3, n0, _CSCSRr,
    0,
    [_SCSN, _SCN, _KKI, _T],
    [0, 0, 0, [() => TagList, 0]], 2
];
var CreateServerlessCacheSnapshotResponse$ = [3, n0, _CSCSRre,
    0,
    [_SCS],
    [() => ServerlessCacheSnapshot$]
];
var CreateSnapshotMessage$ = [3, n0, _CSMr,
    0,
    [_SN, _RGIe, _CCIa, _KKI, _T],
    [0, 0, 0, 0, [() => TagList, 0]], 1
];
var CreateSnapshotResult$ = [3, n0, _CSRr,
    0,
    [_Sn],
    [[() => Snapshot$, 0]]
];
var CreateUserGroupMessage$ = [3, n0, _CUGM,
    0,
    [_UGIs, _E, _UI, _T],
    [0, 0, 64 | 0, [() => TagList, 0]], 2
];
var CreateUserMessage$ = [3, n0, _CUM,
    0,
    [_UIs, _UN, _E, _AS, _P, _NPR, _T, _AM],
    [0, 0, 0, 0, 64 | 0, 2, [() => TagList, 0], () => AuthenticationMode$], 4
];
var CustomerNodeEndpoint$ = [3, n0, _CNE,
    0,
    [_Ad, _Po],
    [0, 1]
];
var DataStorage$ = [3, n0, _DS,
    0,
    [_U, _Ma, _Mi],
    [0, 1, 1], 1
];
var DecreaseNodeGroupsInGlobalReplicationGroupMessage$ = [3, n0, _DNGIGRGM,
    0,
    [_GRGI, _NGCo, _AI, _GNGTR, _GNGTRl],
    [0, 1, 2, [() => GlobalNodeGroupIdList, 0], [() => GlobalNodeGroupIdList, 0]], 3
];
var DecreaseNodeGroupsInGlobalReplicationGroupResult$ = [3, n0, _DNGIGRGR,
    0,
    [_GRG],
    [[() => GlobalReplicationGroup$, 0]]
];
var DecreaseReplicaCountMessage$ = [3, n0, _DRCM,
    0,
    [_RGIe, _AI, _NRC, _RC, _RTR],
    [0, 2, 1, [() => ReplicaConfigurationList, 0], 64 | 0], 2
];
var DecreaseReplicaCountResult$ = [3, n0, _DRCR,
    0,
    [_RG],
    [[() => ReplicationGroup$, 0]]
];
var DeleteCacheClusterMessage$ = [3, n0, _DCCM,
    0,
    [_CCIa, _FSI],
    [0, 0], 1
];
var DeleteCacheClusterResult$ = [3, n0, _DCCR,
    0,
    [_CC],
    [[() => CacheCluster$, 0]]
];
var DeleteCacheParameterGroupMessage$ = [3, n0, _DCPGM,
    0,
    [_CPGN],
    [0], 1
];
var DeleteCacheSecurityGroupMessage$ = [3, n0, _DCSGM,
    0,
    [_CSGN],
    [0], 1
];
var DeleteCacheSubnetGroupMessage$ = [3, n0, _DCSGMe,
    0,
    [_CSGNa],
    [0], 1
];
var DeleteGlobalReplicationGroupMessage$ = [3, n0, _DGRGM,
    0,
    [_GRGI, _RPRG],
    [0, 2], 2
];
var DeleteGlobalReplicationGroupResult$ = [3, n0, _DGRGR,
    0,
    [_GRG],
    [[() => GlobalReplicationGroup$, 0]]
];
var DeleteReplicationGroupMessage$ = [3, n0, _DRGM,
    0,
    [_RGIe, _RPC, _FSI],
    [0, 2, 0], 1
];
var DeleteReplicationGroupResult$ = [3, n0, _DRGR,
    0,
    [_RG],
    [[() => ReplicationGroup$, 0]]
];
var DeleteServerlessCacheRequest$ = [3, n0, _DSCR,
    0,
    [_SCN, _FSN],
    [0, 0], 1
];
var DeleteServerlessCacheResponse$ = [3, n0, _DSCRe,
    0,
    [_SC],
    [[() => ServerlessCache$, 0]]
];
var DeleteServerlessCacheSnapshotRequest$ = [3, n0, _DSCSR,
    0,
    [_SCSN],
    [0], 1
];
var DeleteServerlessCacheSnapshotResponse$ = [3, n0, _DSCSRe,
    0,
    [_SCS],
    [() => ServerlessCacheSnapshot$]
];
var DeleteSnapshotMessage$ = [3, n0, _DSM,
    0,
    [_SN],
    [0], 1
];
var DeleteSnapshotResult$ = [3, n0, _DSR,
    0,
    [_Sn],
    [[() => Snapshot$, 0]]
];
var DeleteUserGroupMessage$ = [3, n0, _DUGM,
    0,
    [_UGIs],
    [0], 1
];
var DeleteUserMessage$ = [3, n0, _DUM,
    0,
    [_UIs],
    [0], 1
];
var DescribeCacheClustersMessage$ = [3, n0, _DCCMe,
    0,
    [_CCIa, _MR, _M, _SCNIh, _SCCNIRG],
    [0, 1, 0, 2, 2]
];
var DescribeCacheEngineVersionsMessage$ = [3, n0, _DCEVM,
    0,
    [_E, _EV, _CPGF, _MR, _M, _DO],
    [0, 0, 0, 1, 0, 2]
];
var DescribeCacheParameterGroupsMessage$ = [3, n0, _DCPGMe,
    0,
    [_CPGN, _MR, _M],
    [0, 1, 0]
];
var DescribeCacheParametersMessage$ = [3, n0, _DCPM,
    0,
    [_CPGN, _S, _MR, _M],
    [0, 0, 1, 0], 1
];
var DescribeCacheSecurityGroupsMessage$ = [3, n0, _DCSGMes,
    0,
    [_CSGN, _MR, _M],
    [0, 1, 0]
];
var DescribeCacheSubnetGroupsMessage$ = [3, n0, _DCSGMesc,
    0,
    [_CSGNa, _MR, _M],
    [0, 1, 0]
];
var DescribeEngineDefaultParametersMessage$ = [3, n0, _DEDPM,
    0,
    [_CPGF, _MR, _M],
    [0, 1, 0], 1
];
var DescribeEngineDefaultParametersResult$ = [3, n0, _DEDPR,
    0,
    [_ED],
    [[() => EngineDefaults$, 0]]
];
var DescribeEventsMessage$ = [3, n0, _DEM,
    0,
    [_SIo, _ST, _STt, _ET, _Dur, _MR, _M],
    [0, 0, 4, 4, 1, 1, 0]
];
var DescribeGlobalReplicationGroupsMessage$ = [3, n0, _DGRGMe,
    0,
    [_GRGI, _MR, _M, _SMI],
    [0, 1, 0, 2]
];
var DescribeGlobalReplicationGroupsResult$ = [3, n0, _DGRGRe,
    0,
    [_M, _GRGl],
    [0, [() => GlobalReplicationGroupList, 0]]
];
var DescribeReplicationGroupsMessage$ = [3, n0, _DRGMe,
    0,
    [_RGIe, _MR, _M],
    [0, 1, 0]
];
var DescribeReservedCacheNodesMessage$ = [3, n0, _DRCNM,
    0,
    [_RCNI, _RCNOI, _CNT, _Dur, _PD, _OT, _MR, _M],
    [0, 0, 0, 0, 0, 0, 1, 0]
];
var DescribeReservedCacheNodesOfferingsMessage$ = [3, n0, _DRCNOM,
    0,
    [_RCNOI, _CNT, _Dur, _PD, _OT, _MR, _M],
    [0, 0, 0, 0, 0, 1, 0]
];
var DescribeServerlessCacheSnapshotsRequest$ = [3, n0, _DSCSRes,
    0,
    [_SCN, _SCSN, _STn, _NTe, _MRa],
    [0, 0, 0, 0, 1]
];
var DescribeServerlessCacheSnapshotsResponse$ = [3, n0, _DSCSResc,
    0,
    [_NTe, _SCSe],
    [0, [() => ServerlessCacheSnapshotList, 0]]
];
var DescribeServerlessCachesRequest$ = [3, n0, _DSCRes,
    0,
    [_SCN, _MRa, _NTe],
    [0, 1, 0]
];
var DescribeServerlessCachesResponse$ = [3, n0, _DSCResc,
    0,
    [_NTe, _SCe],
    [0, [() => ServerlessCacheList, 0]]
];
var DescribeServiceUpdatesMessage$ = [3, n0, _DSUM,
    0,
    [_SUN, _SUS, _MR, _M],
    [0, 64 | 0, 1, 0]
];
var DescribeSnapshotsListMessage$ = [3, n0, _DSLM,
    0,
    [_M, _Sna],
    [0, [() => SnapshotList, 0]]
];
var DescribeSnapshotsMessage$ = [3, n0, _DSMe,
    0,
    [_RGIe, _CCIa, _SN, _SS, _M, _MR, _SNGC],
    [0, 0, 0, 0, 0, 1, 2]
];
var DescribeUpdateActionsMessage$ = [3, n0, _DUAM,
    0,
    [_SUN, _RGI, _CCI, _E, _SUS, _SUTR, _UAS, _SNLUS, _MR, _M],
    [0, 64 | 0, 64 | 0, 0, 64 | 0, () => TimeRangeFilter$, 64 | 0, 2, 1, 0]
];
var DescribeUserGroupsMessage$ = [3, n0, _DUGMe,
    0,
    [_UGIs, _MR, _M],
    [0, 1, 0]
];
var DescribeUserGroupsResult$ = [3, n0, _DUGR,
    0,
    [_UG, _M],
    [() => UserGroupList, 0]
];
var DescribeUsersMessage$ = [3, n0, _DUMe,
    0,
    [_E, _UIs, _Fi, _MR, _M],
    [0, 0, () => FilterList, 1, 0]
];
var DescribeUsersResult$ = [3, n0, _DURe,
    0,
    [_Us, _M],
    [() => UserList, 0]
];
var DestinationDetails$ = [3, n0, _DD,
    0,
    [_CWLD, _KFD],
    [() => CloudWatchLogsDestinationDetails$, () => KinesisFirehoseDestinationDetails$]
];
var DisassociateGlobalReplicationGroupMessage$ = [3, n0, _DGRGMi,
    0,
    [_GRGI, _RGIe, _RGR],
    [0, 0, 0], 3
];
var DisassociateGlobalReplicationGroupResult$ = [3, n0, _DGRGRi,
    0,
    [_GRG],
    [[() => GlobalReplicationGroup$, 0]]
];
var EC2SecurityGroup$ = [3, n0, _ECSGe,
    0,
    [_St, _ECSGN, _ECSGOI],
    [0, 0, 0]
];
var ECPUPerSecond$ = [3, n0, _ECPUPS,
    0,
    [_Ma, _Mi],
    [1, 1]
];
var Endpoint$ = [3, n0, _En,
    0,
    [_Ad, _Po],
    [0, 1]
];
var EngineDefaults$ = [3, n0, _ED,
    0,
    [_CPGF, _M, _Pa, _CNTSPa],
    [0, 0, [() => ParametersList, 0], [() => CacheNodeTypeSpecificParametersList, 0]]
];
var Event$ = [3, n0, _Ev,
    0,
    [_SIo, _ST, _Me, _Da],
    [0, 0, 0, 4]
];
var EventsMessage$ = [3, n0, _EM,
    0,
    [_M, _Eve],
    [0, [() => EventList, 0]]
];
var ExportServerlessCacheSnapshotRequest$ = [3, n0, _ESCSR,
    0,
    [_SCSN, _SBN],
    [0, 0], 2
];
var ExportServerlessCacheSnapshotResponse$ = [3, n0, _ESCSRx,
    0,
    [_SCS],
    [() => ServerlessCacheSnapshot$]
];
var FailoverGlobalReplicationGroupMessage$ = [3, n0, _FGRGM,
    0,
    [_GRGI, _PR, _PRGI],
    [0, 0, 0], 3
];
var FailoverGlobalReplicationGroupResult$ = [3, n0, _FGRGR,
    0,
    [_GRG],
    [[() => GlobalReplicationGroup$, 0]]
];
var Filter$ = [3, n0, _Fil,
    0,
    [_N, _Va],
    [0, 64 | 0], 2
];
var GlobalNodeGroup$ = [3, n0, _GNG,
    0,
    [_GNGI, _Sl],
    [0, 0]
];
var GlobalReplicationGroup$ = [3, n0, _GRG,
    0,
    [_GRGI, _GRGD, _St, _CNT, _E, _EV, _Mem, _CEl, _GNGl, _ATE, _TEE, _AREE, _ARN],
    [0, 0, 0, 0, 0, 0, [() => GlobalReplicationGroupMemberList, 0], 2, [() => GlobalNodeGroupList, 0], 2, 2, 2, 0]
];
var GlobalReplicationGroupInfo$ = [3, n0, _GRGIl,
    0,
    [_GRGI, _GRGMR],
    [0, 0]
];
var GlobalReplicationGroupMember$ = [3, n0, _GRGM,
    0,
    [_RGIe, _RGR, _R, _AF, _St],
    [0, 0, 0, 0, 0]
];
var IncreaseNodeGroupsInGlobalReplicationGroupMessage$ = [3, n0, _INGIGRGM,
    0,
    [_GRGI, _NGCo, _AI, _RCe],
    [0, 1, 2, [() => RegionalConfigurationList, 0]], 3
];
var IncreaseNodeGroupsInGlobalReplicationGroupResult$ = [3, n0, _INGIGRGR,
    0,
    [_GRG],
    [[() => GlobalReplicationGroup$, 0]]
];
var IncreaseReplicaCountMessage$ = [3, n0, _IRCM,
    0,
    [_RGIe, _AI, _NRC, _RC],
    [0, 2, 1, [() => ReplicaConfigurationList, 0]], 2
];
var IncreaseReplicaCountResult$ = [3, n0, _IRCR,
    0,
    [_RG],
    [[() => ReplicationGroup$, 0]]
];
var KinesisFirehoseDestinationDetails$ = [3, n0, _KFDD,
    0,
    [_DSe],
    [0]
];
var ListAllowedNodeTypeModificationsMessage$ = [3, n0, _LANTMM,
    0,
    [_CCIa, _RGIe],
    [0, 0]
];
var ListTagsForResourceMessage$ = [3, n0, _LTFRM,
    0,
    [_RN],
    [0], 1
];
var LogDeliveryConfiguration$ = [3, n0, _LDCo,
    0,
    [_LT, _DTe, _DD, _LF, _St, _Me],
    [0, 0, () => DestinationDetails$, 0, 0, 0]
];
var LogDeliveryConfigurationRequest$ = [3, n0, _LDCR,
    0,
    [_LT, _DTe, _DD, _LF, _Ena],
    [0, 0, () => DestinationDetails$, 0, 2]
];
var ModifyCacheClusterMessage$ = [3, n0, _MCCM,
    0,
    [_CCIa, _NCN, _CNITRa, _AZM, _NAZ, _CSGNac, _SGI, _PMW, _NTA, _CPGN, _NTS, _AI, _E, _EV, _AMVU, _SRL, _SW, _CNT, _AT, _ATUS, _LDC, _ID, _SCc],
    [0, 1, [() => CacheNodeIdsList, 0], 0, [() => PreferredAvailabilityZoneList, 0], [() => CacheSecurityGroupNameList, 0], [() => SecurityGroupIdsList, 0], 0, 0, 0, 0, 2, 0, 0, 2, 1, 0, 0, 0, 0, [() => LogDeliveryConfigurationRequestList, 0], 0, () => ScaleConfig$], 1
];
var ModifyCacheClusterResult$ = [3, n0, _MCCR,
    0,
    [_CC],
    [[() => CacheCluster$, 0]]
];
var ModifyCacheParameterGroupMessage$ = [3, n0, _MCPGM,
    0,
    [_CPGN, _PNV],
    [0, [() => ParameterNameValueList, 0]], 2
];
var ModifyCacheSubnetGroupMessage$ = [3, n0, _MCSGM,
    0,
    [_CSGNa, _CSGD, _SI],
    [0, 0, [() => SubnetIdentifierList, 0]], 1
];
var ModifyCacheSubnetGroupResult$ = [3, n0, _MCSGR,
    0,
    [_CSGac],
    [[() => CacheSubnetGroup$, 0]]
];
var ModifyGlobalReplicationGroupMessage$ = [3, n0, _MGRGM,
    0,
    [_GRGI, _AI, _CNT, _E, _EV, _CPGN, _GRGD, _AFE],
    [0, 2, 0, 0, 0, 0, 0, 2], 2
];
var ModifyGlobalReplicationGroupResult$ = [3, n0, _MGRGR,
    0,
    [_GRG],
    [[() => GlobalReplicationGroup$, 0]]
];
var ModifyReplicationGroupMessage$ = [3, n0, _MRGM,
    0,
    [_RGIe, _RGD, _PCI, _SCI, _AFE, _MAZE, _NGI, _CSGNac, _SGI, _PMW, _NTA, _CPGN, _NTS, _AI, _E, _EV, _AMVU, _SRL, _SW, _CNT, _AT, _ATUS, _UGITA, _UGITR, _RUG, _LDC, _ID, _TEE, _TEM, _CM, _Du],
    [0, 0, 0, 0, 2, 2, 0, [() => CacheSecurityGroupNameList, 0], [() => SecurityGroupIdsList, 0], 0, 0, 0, 0, 2, 0, 0, 2, 1, 0, 0, 0, 0, 64 | 0, 64 | 0, 2, [() => LogDeliveryConfigurationRequestList, 0], 0, 2, 0, 0, 0], 1
];
var ModifyReplicationGroupResult$ = [3, n0, _MRGR,
    0,
    [_RG],
    [[() => ReplicationGroup$, 0]]
];
var ModifyReplicationGroupShardConfigurationMessage$ = [3, n0, _MRGSCM,
    0,
    [_RGIe, _NGCo, _AI, _RCes, _NGTR, _NGTRo],
    [0, 1, 2, [() => ReshardingConfigurationList, 0], [() => NodeGroupsToRemoveList, 0], [() => NodeGroupsToRetainList, 0]], 3
];
var ModifyReplicationGroupShardConfigurationResult$ = [3, n0, _MRGSCR,
    0,
    [_RG],
    [[() => ReplicationGroup$, 0]]
];
var ModifyServerlessCacheRequest$ = [3, n0, _MSCR,
    0,
    [_SCN, _D, _CUL, _RUGe, _UGIs, _SGI, _SRL, _DST, _E, _MEVa],
    [0, 0, () => CacheUsageLimits$, 2, 0, [() => SecurityGroupIdsList, 0], 1, 0, 0, 0], 1
];
var ModifyServerlessCacheResponse$ = [3, n0, _MSCRo,
    0,
    [_SC],
    [[() => ServerlessCache$, 0]]
];
var ModifyUserGroupMessage$ = [3, n0, _MUGM,
    0,
    [_UGIs, _UITA, _UITR, _E],
    [0, 64 | 0, 64 | 0, 0], 1
];
var ModifyUserMessage$ = [3, n0, _MUM,
    0,
    [_UIs, _AS, _AAS, _P, _NPR, _AM, _E],
    [0, 0, 0, 64 | 0, 2, () => AuthenticationMode$, 0], 1
];
var NodeGroup$ = [3, n0, _NG,
    0,
    [_NGI, _St, _PE, _RE, _Sl, _NGM],
    [0, 0, () => Endpoint$, () => Endpoint$, 0, [() => NodeGroupMemberList, 0]]
];
var NodeGroupConfiguration$ = [3, n0, _NGC,
    0,
    [_NGI, _Sl, _RCep, _PAZri, _RAZ, _POAri, _ROA],
    [0, 0, 1, 0, [() => AvailabilityZonesList, 0], 0, [() => OutpostArnsList, 0]]
];
var NodeGroupMember$ = [3, n0, _NGMo,
    0,
    [_CCIa, _CNI, _REe, _PAZ, _POA, _CR],
    [0, 0, () => Endpoint$, 0, 0, 0]
];
var NodeGroupMemberUpdateStatus$ = [3, n0, _NGMUS,
    0,
    [_CCIa, _CNI, _NUS, _NDD, _NUSD, _NUED, _NUIB, _NUID, _NUSMD],
    [0, 0, 0, 4, 4, 4, 0, 4, 4]
];
var NodeGroupUpdateStatus$ = [3, n0, _NGUS,
    0,
    [_NGI, _NGMUS],
    [0, [() => NodeGroupMemberUpdateStatusList, 0]]
];
var NodeSnapshot$ = [3, n0, _NS,
    0,
    [_CCIa, _NGI, _CNI, _NGC, _CSa, _CNCT, _SCT],
    [0, 0, 0, [() => NodeGroupConfiguration$, 0], 0, 4, 4]
];
var NotificationConfiguration$ = [3, n0, _NC,
    0,
    [_TA, _TS],
    [0, 0]
];
var Parameter$ = [3, n0, _Par,
    0,
    [_PN, _PV, _D, _S, _DT, _AV, _IM, _MEV, _CT],
    [0, 0, 0, 0, 0, 0, 2, 0, 0]
];
var ParameterNameValue$ = [3, n0, _PNVa,
    0,
    [_PN, _PV],
    [0, 0]
];
var PendingLogDeliveryConfiguration$ = [3, n0, _PLDC,
    0,
    [_LT, _DTe, _DD, _LF],
    [0, 0, () => DestinationDetails$, 0]
];
var PendingModifiedValues$ = [3, n0, _PMV,
    0,
    [_NCN, _CNITRa, _EV, _CNT, _ATS, _LDC, _TEE, _TEM, _SCc],
    [1, [() => CacheNodeIdsList, 0], 0, 0, 0, () => PendingLogDeliveryConfigurationList, 2, 0, () => ScaleConfig$]
];
var ProcessedUpdateAction$ = [3, n0, _PUA,
    0,
    [_RGIe, _CCIa, _SUN, _UAS],
    [0, 0, 0, 0]
];
var PurchaseReservedCacheNodesOfferingMessage$ = [3, n0, _PRCNOM,
    0,
    [_RCNOI, _RCNI, _CNC, _T],
    [0, 0, 1, [() => TagList, 0]], 1
];
var PurchaseReservedCacheNodesOfferingResult$ = [3, n0, _PRCNOR,
    0,
    [_RCN],
    [[() => ReservedCacheNode$, 0]]
];
var RebalanceSlotsInGlobalReplicationGroupMessage$ = [3, n0, _RSIGRGM,
    0,
    [_GRGI, _AI],
    [0, 2], 2
];
var RebalanceSlotsInGlobalReplicationGroupResult$ = [3, n0, _RSIGRGR,
    0,
    [_GRG],
    [[() => GlobalReplicationGroup$, 0]]
];
var RebootCacheClusterMessage$ = [3, n0, _RCCM,
    0,
    [_CCIa, _CNITR],
    [0, [() => CacheNodeIdsList, 0]], 2
];
var RebootCacheClusterResult$ = [3, n0, _RCCR,
    0,
    [_CC],
    [[() => CacheCluster$, 0]]
];
var RecurringCharge$ = [3, n0, _RCec,
    0,
    [_RCA, _RCF],
    [1, 0]
];
var RegionalConfiguration$ = [3, n0, _RCeg,
    0,
    [_RGIe, _RGR, _RCes],
    [0, 0, [() => ReshardingConfigurationList, 0]], 3
];
var RemoveTagsFromResourceMessage$ = [3, n0, _RTFRM,
    0,
    [_RN, _TK],
    [0, 64 | 0], 2
];
var ReplicationGroup$ = [3, n0, _RG,
    0,
    [_RGIe, _D, _GRGIl, _St, _PMV, _MC, _NGo, _SCI, _AF, _MAZ, _CE, _SRL, _SW, _CEl, _CNT, _ATE, _ATLMD, _TEE, _AREE, _MCOA, _KKI, _SET, _ARN, _UGI, _LDC, _RGCT, _DTa, _AMVU, _NT, _ID, _TEM, _CM, _E, _Du, _EDf],
    [0, 0, () => GlobalReplicationGroupInfo$, 0, () => ReplicationGroupPendingModifiedValues$, [() => ClusterIdList, 0], [() => NodeGroupList, 0], 0, 0, 0, () => Endpoint$, 1, 0, 2, 0, 2, 4, 2, 2, [() => ReplicationGroupOutpostArnList, 0], 0, 0, 0, 64 | 0, [() => LogDeliveryConfigurationList, 0], 4, 0, 2, 0, 0, 0, 0, 0, 0, 0]
];
var ReplicationGroupMessage$ = [3, n0, _RGM,
    0,
    [_M, _RGe],
    [0, [() => ReplicationGroupList, 0]]
];
var ReplicationGroupPendingModifiedValues$ = [3, n0, _RGPMV,
    0,
    [_PCI, _AFS, _Re, _ATS, _UG, _LDC, _TEE, _TEM, _CM],
    [0, 0, () => ReshardingStatus$, 0, () => UserGroupsUpdateStatus$, () => PendingLogDeliveryConfigurationList, 2, 0, 0]
];
var ReservedCacheNode$ = [3, n0, _RCN,
    0,
    [_RCNI, _RCNOI, _CNT, _STt, _Dur, _FP, _UP, _CNC, _PD, _OT, _Sta, _RCecu, _RARN],
    [0, 0, 0, 4, 1, 1, 1, 1, 0, 0, 0, [() => RecurringChargeList, 0], 0]
];
var ReservedCacheNodeMessage$ = [3, n0, _RCNM,
    0,
    [_M, _RCNe],
    [0, [() => ReservedCacheNodeList, 0]]
];
var ReservedCacheNodesOffering$ = [3, n0, _RCNO,
    0,
    [_RCNOI, _CNT, _Dur, _FP, _UP, _PD, _OT, _RCecu],
    [0, 0, 1, 1, 1, 0, 0, [() => RecurringChargeList, 0]]
];
var ReservedCacheNodesOfferingMessage$ = [3, n0, _RCNOM,
    0,
    [_M, _RCNOe],
    [0, [() => ReservedCacheNodesOfferingList, 0]]
];
var ResetCacheParameterGroupMessage$ = [3, n0, _RCPGM,
    0,
    [_CPGN, _RAP, _PNV],
    [0, 2, [() => ParameterNameValueList, 0]], 1
];
var ReshardingConfiguration$ = [3, n0, _RCes,
    0,
    [_NGI, _PAZr],
    [0, [() => AvailabilityZonesList, 0]]
];
var ReshardingStatus$ = [3, n0, _RS,
    0,
    [_SM],
    [() => SlotMigration$]
];
var RevokeCacheSecurityGroupIngressMessage$ = [3, n0, _RCSGIM,
    0,
    [_CSGN, _ECSGN, _ECSGOI],
    [0, 0, 0], 3
];
var RevokeCacheSecurityGroupIngressResult$ = [3, n0, _RCSGIR,
    0,
    [_CSG],
    [[() => CacheSecurityGroup$, 0]]
];
var ScaleConfig$ = [3, n0, _SCc,
    0,
    [_SP, _SIM],
    [1, 1]
];
var SecurityGroupMembership$ = [3, n0, _SGM,
    0,
    [_SGIe, _St],
    [0, 0]
];
var ServerlessCache$ = [3, n0, _SC,
    0,
    [_SCN, _D, _CTr, _St, _E, _MEVa, _FEV, _CUL, _KKI, _SET, _SGI, _En, _RE, _ARN, _UGIs, _SI, _SRL, _DST, _NT],
    [0, 0, 4, 0, 0, 0, 0, () => CacheUsageLimits$, 0, 0, [() => SecurityGroupIdsList, 0], () => Endpoint$, () => Endpoint$, 0, 0, [() => SubnetIdsList, 0], 1, 0, 0]
];
var ServerlessCacheConfiguration$ = [3, n0, _SCC,
    0,
    [_SCN, _E, _MEVa],
    [0, 0, 0]
];
var ServerlessCacheSnapshot$ = [3, n0, _SCS,
    0,
    [_SCSN, _ARN, _KKI, _STn, _St, _CTr, _ETx, _BUFC, _SCC],
    [0, 0, 0, 0, 0, 4, 4, 0, () => ServerlessCacheConfiguration$]
];
var ServiceUpdate$ = [3, n0, _SU,
    0,
    [_SUN, _SURD, _SUED, _SUSe, _SURABD, _SUS, _SUD, _SUT, _E, _EV, _AUARABD, _EUT],
    [0, 4, 4, 0, 4, 0, 0, 0, 0, 0, 2, 0]
];
var ServiceUpdatesMessage$ = [3, n0, _SUMe,
    0,
    [_M, _SUe],
    [0, [() => ServiceUpdateList, 0]]
];
var SlotMigration$ = [3, n0, _SM,
    0,
    [_PP],
    [1]
];
var Snapshot$ = [3, n0, _Sn,
    0,
    [_SN, _RGIe, _RGD, _CCIa, _SSn, _SS, _CNT, _E, _EV, _NCN, _PAZ, _POA, _CCCT, _PMW, _TA, _Po, _CPGN, _CSGNa, _VI, _AMVU, _SRL, _SW, _NNG, _AF, _NSo, _KKI, _ARN, _DTa, _Du],
    [0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 4, 0, 0, 1, 0, 0, 0, 2, 1, 0, 1, 0, [() => NodeSnapshotList, 0], 0, 0, 0, 0]
];
var StartMigrationMessage$ = [3, n0, _SMM,
    0,
    [_RGIe, _CNEL],
    [0, () => CustomerNodeEndpointList], 2
];
var StartMigrationResponse$ = [3, n0, _SMR,
    0,
    [_RG],
    [[() => ReplicationGroup$, 0]]
];
var Subnet$ = [3, n0, _Sub,
    0,
    [_SIu, _SAZ, _SO, _SNT],
    [0, () => AvailabilityZone$, () => SubnetOutpost$, 64 | 0]
];
var SubnetOutpost$ = [3, n0, _SO,
    0,
    [_SOA],
    [0]
];
var Tag$ = [3, n0, _Ta,
    0,
    [_K, _V],
    [0, 0]
];
var TagListMessage$ = [3, n0, _TLM,
    0,
    [_TL],
    [[() => TagList, 0]]
];
var TestFailoverMessage$ = [3, n0, _TFM,
    0,
    [_RGIe, _NGI],
    [0, 0], 2
];
var TestFailoverResult$ = [3, n0, _TFR,
    0,
    [_RG],
    [[() => ReplicationGroup$, 0]]
];
var TestMigrationMessage$ = [3, n0, _TMM,
    0,
    [_RGIe, _CNEL],
    [0, () => CustomerNodeEndpointList], 2
];
var TestMigrationResponse$ = [3, n0, _TMR,
    0,
    [_RG],
    [[() => ReplicationGroup$, 0]]
];
var TimeRangeFilter$ = [3, n0, _TRF,
    0,
    [_STt, _ET],
    [4, 4]
];
var UnprocessedUpdateAction$ = [3, n0, _UUA,
    0,
    [_RGIe, _CCIa, _SUN, _ETr, _EMr],
    [0, 0, 0, 0, 0]
];
var UpdateAction$ = [3, n0, _UA,
    0,
    [_RGIe, _CCIa, _SUN, _SURD, _SUSe, _SUS, _SURABD, _SUT, _UAAD, _UAS, _NU, _UASMD, _SMl, _NGUS, _CNUS, _EUT, _E],
    [0, 0, 0, 4, 0, 0, 4, 0, 4, 0, 0, 4, 0, [() => NodeGroupUpdateStatusList, 0], [() => CacheNodeUpdateStatusList, 0], 0, 0]
];
var UpdateActionResultsMessage$ = [3, n0, _UARM,
    0,
    [_PUAr, _UUAn],
    [[() => ProcessedUpdateActionList, 0], [() => UnprocessedUpdateActionList, 0]]
];
var UpdateActionsMessage$ = [3, n0, _UAM,
    0,
    [_M, _UAp],
    [0, [() => UpdateActionList, 0]]
];
var User$ = [3, n0, _Use,
    0,
    [_UIs, _UN, _St, _E, _MEV, _AS, _UGI, _A, _ARN],
    [0, 0, 0, 0, 0, 0, 64 | 0, () => Authentication$, 0]
];
var UserGroup$ = [3, n0, _UGs,
    0,
    [_UGIs, _St, _E, _UI, _MEV, _PCe, _RGe, _SCe, _ARN],
    [0, 0, 0, 64 | 0, 0, () => UserGroupPendingChanges$, 64 | 0, 64 | 0, 0]
];
var UserGroupPendingChanges$ = [3, n0, _UGPC,
    0,
    [_UITR, _UITA],
    [64 | 0, 64 | 0]
];
var UserGroupsUpdateStatus$ = [3, n0, _UGUS,
    0,
    [_UGITA, _UGITR],
    [64 | 0, 64 | 0]
];
var __Unit = "unit";
var AvailabilityZonesList = [1, n0, _AZL,
    0, [0,
        { [_xN]: _AZ }]
];
var CacheClusterList = [1, n0, _CCL,
    0, [() => CacheCluster$,
        { [_xN]: _CC }]
];
var CacheEngineVersionList = [1, n0, _CEVL,
    0, [() => CacheEngineVersion$,
        { [_xN]: _CEV }]
];
var CacheNodeIdsList = [1, n0, _CNIL,
    0, [0,
        { [_xN]: _CNI }]
];
var CacheNodeList = [1, n0, _CNL,
    0, [() => CacheNode$,
        { [_xN]: _CNa }]
];
var CacheNodeTypeSpecificParametersList = [1, n0, _CNTSPL,
    0, [() => CacheNodeTypeSpecificParameter$,
        { [_xN]: _CNTSP }]
];
var CacheNodeTypeSpecificValueList = [1, n0, _CNTSVL,
    0, [() => CacheNodeTypeSpecificValue$,
        { [_xN]: _CNTSVa }]
];
var CacheNodeUpdateStatusList = [1, n0, _CNUSL,
    0, [() => CacheNodeUpdateStatus$,
        { [_xN]: _CNUS }]
];
var CacheParameterGroupList = [1, n0, _CPGL,
    0, [() => CacheParameterGroup$,
        { [_xN]: _CPG }]
];
var CacheSecurityGroupMembershipList = [1, n0, _CSGML,
    0, [() => CacheSecurityGroupMembership$,
        { [_xN]: _CSG }]
];
var CacheSecurityGroupNameList = [1, n0, _CSGNL,
    0, [0,
        { [_xN]: _CSGN }]
];
var CacheSecurityGroups = [1, n0, _CSGa,
    0, [() => CacheSecurityGroup$,
        { [_xN]: _CSG }]
];
var CacheSubnetGroups = [1, n0, _CSGach,
    0, [() => CacheSubnetGroup$,
        { [_xN]: _CSGac }]
];
var ClusterIdList = [1, n0, _CIL,
    0, [0,
        { [_xN]: _CI }]
];
var CustomerNodeEndpointList = [1, n0, _CNEL,
    0, () => CustomerNodeEndpoint$
];
var EC2SecurityGroupList = [1, n0, _ECSGL,
    0, [() => EC2SecurityGroup$,
        { [_xN]: _ECSGe }]
];
var EventList = [1, n0, _EL,
    0, [() => Event$,
        { [_xN]: _Ev }]
];
var FilterList = [1, n0, _FL,
    0, () => Filter$
];
var GlobalNodeGroupIdList = [1, n0, _GNGIL,
    0, [0,
        { [_xN]: _GNGI }]
];
var GlobalNodeGroupList = [1, n0, _GNGL,
    0, [() => GlobalNodeGroup$,
        { [_xN]: _GNG }]
];
var GlobalReplicationGroupList = [1, n0, _GRGL,
    0, [() => GlobalReplicationGroup$,
        { [_xN]: _GRG }]
];
var GlobalReplicationGroupMemberList = [1, n0, _GRGML,
    0, [() => GlobalReplicationGroupMember$,
        { [_xN]: _GRGM }]
];
var LogDeliveryConfigurationList = [1, n0, _LDCL,
    0, [() => LogDeliveryConfiguration$,
        { [_xN]: _LDCo }]
];
var LogDeliveryConfigurationRequestList = [1, n0, _LDCRL,
    0, [() => LogDeliveryConfigurationRequest$,
        { [_xN]: _LDCR }]
];
var NodeGroupConfigurationList = [1, n0, _NGCL,
    0, [() => NodeGroupConfiguration$,
        { [_xN]: _NGC }]
];
var NodeGroupList = [1, n0, _NGL,
    0, [() => NodeGroup$,
        { [_xN]: _NG }]
];
var NodeGroupMemberList = [1, n0, _NGML,
    0, [() => NodeGroupMember$,
        { [_xN]: _NGMo }]
];
var NodeGroupMemberUpdateStatusList = [1, n0, _NGMUSL,
    0, [() => NodeGroupMemberUpdateStatus$,
        { [_xN]: _NGMUS }]
];
var NodeGroupsToRemoveList = [1, n0, _NGTRL,
    0, [0,
        { [_xN]: _NGTRod }]
];
var NodeGroupsToRetainList = [1, n0, _NGTRLo,
    0, [0,
        { [_xN]: _NGTRode }]
];
var NodeGroupUpdateStatusList = [1, n0, _NGUSL,
    0, [() => NodeGroupUpdateStatus$,
        { [_xN]: _NGUS }]
];
var NodeSnapshotList = [1, n0, _NSL,
    0, [() => NodeSnapshot$,
        { [_xN]: _NS }]
];
var OutpostArnsList = [1, n0, _OAL,
    0, [0,
        { [_xN]: _OA }]
];
var ParameterNameValueList = [1, n0, _PNVL,
    0, [() => ParameterNameValue$,
        { [_xN]: _PNVa }]
];
var ParametersList = [1, n0, _PL,
    0, [() => Parameter$,
        { [_xN]: _Par }]
];
var PendingLogDeliveryConfigurationList = [1, n0, _PLDCL,
    0, () => PendingLogDeliveryConfiguration$
];
var PreferredAvailabilityZoneList = [1, n0, _PAZL,
    0, [0,
        { [_xN]: _PAZ }]
];
var PreferredOutpostArnList = [1, n0, _POAL,
    0, [0,
        { [_xN]: _POA }]
];
var ProcessedUpdateActionList = [1, n0, _PUAL,
    0, [() => ProcessedUpdateAction$,
        { [_xN]: _PUA }]
];
var RecurringChargeList = [1, n0, _RCL,
    0, [() => RecurringCharge$,
        { [_xN]: _RCec }]
];
var RegionalConfigurationList = [1, n0, _RCLe,
    0, [() => RegionalConfiguration$,
        { [_xN]: _RCeg }]
];
var ReplicaConfigurationList = [1, n0, _RCLep,
    0, [() => ConfigureShard$,
        { [_xN]: _CS }]
];
var ReplicationGroupList = [1, n0, _RGL,
    0, [() => ReplicationGroup$,
        { [_xN]: _RG }]
];
var ReplicationGroupOutpostArnList = [1, n0, _RGOAL,
    0, [0,
        { [_xN]: _RGOA }]
];
var ReservedCacheNodeList = [1, n0, _RCNL,
    0, [() => ReservedCacheNode$,
        { [_xN]: _RCN }]
];
var ReservedCacheNodesOfferingList = [1, n0, _RCNOL,
    0, [() => ReservedCacheNodesOffering$,
        { [_xN]: _RCNO }]
];
var ReshardingConfigurationList = [1, n0, _RCLes,
    0, [() => ReshardingConfiguration$,
        { [_xN]: _RCes }]
];
var SecurityGroupIdsList = [1, n0, _SGIL,
    0, [0,
        { [_xN]: _SGIe }]
];
var SecurityGroupMembershipList = [1, n0, _SGML,
    0, () => SecurityGroupMembership$
];
var ServerlessCacheList = [1, n0, _SCL,
    0, [() => ServerlessCache$,
        0]
];
var ServerlessCacheSnapshotList = [1, n0, _SCSL,
    0, [() => ServerlessCacheSnapshot$,
        { [_xN]: _SCS }]
];
var ServiceUpdateList = [1, n0, _SUL,
    0, [() => ServiceUpdate$,
        { [_xN]: _SU }]
];
var SnapshotArnsList = [1, n0, _SAL,
    0, [0,
        { [_xN]: _SAn }]
];
var SnapshotList = [1, n0, _SL,
    0, [() => Snapshot$,
        { [_xN]: _Sn }]
];
var SubnetIdentifierList = [1, n0, _SIL,
    0, [0,
        { [_xN]: _SIu }]
];
var SubnetIdsList = [1, n0, _SILu,
    0, [0,
        { [_xN]: _SIub }]
];
var SubnetList = [1, n0, _SLu,
    0, [() => Subnet$,
        { [_xN]: _Sub }]
];
var TagList = [1, n0, _TL,
    0, [() => Tag$,
        { [_xN]: _Ta }]
];
var UnprocessedUpdateActionList = [1, n0, _UUAL,
    0, [() => UnprocessedUpdateAction$,
        { [_xN]: _UUA }]
];
var UpdateActionList = [1, n0, _UAL,
    0, [() => UpdateAction$,
        { [_xN]: _UA }]
];
var UserGroupList = [1, n0, _UGL,
    0, () => UserGroup$
];
var UserList = [1, n0, _UL,
    0, () => User$
];
var AddTagsToResource$ = [9, n0, _ATTR,
    0, () => AddTagsToResourceMessage$, () => TagListMessage$
];
var AuthorizeCacheSecurityGroupIngress$ = [9, n0, _ACSGI,
    0, () => AuthorizeCacheSecurityGroupIngressMessage$, () => AuthorizeCacheSecurityGroupIngressResult$
];
var BatchApplyUpdateAction$ = [9, n0, _BAUA,
    0, () => BatchApplyUpdateActionMessage$, () => UpdateActionResultsMessage$
];
var BatchStopUpdateAction$ = [9, n0, _BSUA,
    0, () => BatchStopUpdateActionMessage$, () => UpdateActionResultsMessage$
];
var CompleteMigration$ = [9, n0, _CMo,
    0, () => CompleteMigrationMessage$, () => CompleteMigrationResponse$
];
var CopyServerlessCacheSnapshot$ = [9, n0, _CSCS,
    0, () => CopyServerlessCacheSnapshotRequest$, () => CopyServerlessCacheSnapshotResponse$
];
var CopySnapshot$ = [9, n0, _CSo,
    0, () => CopySnapshotMessage$, () => CopySnapshotResult$
];
var CreateCacheCluster$ = [9, n0, _CCC,
    0, () => CreateCacheClusterMessage$, () => CreateCacheClusterResult$
];
var CreateCacheParameterGroup$ = [9, n0, _CCPG,
    0, () => CreateCacheParameterGroupMessage$, () => CreateCacheParameterGroupResult$
];
var CreateCacheSecurityGroup$ = [9, n0, _CCSG,
    0, () => CreateCacheSecurityGroupMessage$, () => CreateCacheSecurityGroupResult$
];
var CreateCacheSubnetGroup$ = [9, n0, _CCSGr,
    0, () => CreateCacheSubnetGroupMessage$, () => CreateCacheSubnetGroupResult$
];
var CreateGlobalReplicationGroup$ = [9, n0, _CGRG,
    0, () => CreateGlobalReplicationGroupMessage$, () => CreateGlobalReplicationGroupResult$
];
var CreateReplicationGroup$ = [9, n0, _CRG,
    0, () => CreateReplicationGroupMessage$, () => CreateReplicationGroupResult$
];
var CreateServerlessCache$ = [9, n0, _CSC,
    0, () => CreateServerlessCacheRequest$, () => CreateServerlessCacheResponse$
];
var CreateServerlessCacheSnapshot$ = [9, n0, _CSCSr,
    0, () => CreateServerlessCacheSnapshotRequest$, () => CreateServerlessCacheSnapshotResponse$
];
var CreateSnapshot$ = [9, n0, _CSr,
    0, () => CreateSnapshotMessage$, () => CreateSnapshotResult$
];
var CreateUser$ = [9, n0, _CU,
    0, () => CreateUserMessage$, () => User$
];
var CreateUserGroup$ = [9, n0, _CUG,
    0, () => CreateUserGroupMessage$, () => UserGroup$
];
var DecreaseNodeGroupsInGlobalReplicationGroup$ = [9, n0, _DNGIGRG,
    0, () => DecreaseNodeGroupsInGlobalReplicationGroupMessage$, () => DecreaseNodeGroupsInGlobalReplicationGroupResult$
];
var DecreaseReplicaCount$ = [9, n0, _DRC,
    0, () => DecreaseReplicaCountMessage$, () => DecreaseReplicaCountResult$
];
var DeleteCacheCluster$ = [9, n0, _DCC,
    0, () => DeleteCacheClusterMessage$, () => DeleteCacheClusterResult$
];
var DeleteCacheParameterGroup$ = [9, n0, _DCPG,
    0, () => DeleteCacheParameterGroupMessage$, () => __Unit
];
var DeleteCacheSecurityGroup$ = [9, n0, _DCSG,
    0, () => DeleteCacheSecurityGroupMessage$, () => __Unit
];
var DeleteCacheSubnetGroup$ = [9, n0, _DCSGe,
    0, () => DeleteCacheSubnetGroupMessage$, () => __Unit
];
var DeleteGlobalReplicationGroup$ = [9, n0, _DGRG,
    0, () => DeleteGlobalReplicationGroupMessage$, () => DeleteGlobalReplicationGroupResult$
];
var DeleteReplicationGroup$ = [9, n0, _DRG,
    0, () => DeleteReplicationGroupMessage$, () => DeleteReplicationGroupResult$
];
var DeleteServerlessCache$ = [9, n0, _DSC,
    0, () => DeleteServerlessCacheRequest$, () => DeleteServerlessCacheResponse$
];
var DeleteServerlessCacheSnapshot$ = [9, n0, _DSCS,
    0, () => DeleteServerlessCacheSnapshotRequest$, () => DeleteServerlessCacheSnapshotResponse$
];
var DeleteSnapshot$ = [9, n0, _DSel,
    0, () => DeleteSnapshotMessage$, () => DeleteSnapshotResult$
];
var DeleteUser$ = [9, n0, _DU,
    0, () => DeleteUserMessage$, () => User$
];
var DeleteUserGroup$ = [9, n0, _DUG,
    0, () => DeleteUserGroupMessage$, () => UserGroup$
];
var DescribeCacheClusters$ = [9, n0, _DCCe,
    0, () => DescribeCacheClustersMessage$, () => CacheClusterMessage$
];
var DescribeCacheEngineVersions$ = [9, n0, _DCEV,
    0, () => DescribeCacheEngineVersionsMessage$, () => CacheEngineVersionMessage$
];
var DescribeCacheParameterGroups$ = [9, n0, _DCPGe,
    0, () => DescribeCacheParameterGroupsMessage$, () => CacheParameterGroupsMessage$
];
var DescribeCacheParameters$ = [9, n0, _DCP,
    0, () => DescribeCacheParametersMessage$, () => CacheParameterGroupDetails$
];
var DescribeCacheSecurityGroups$ = [9, n0, _DCSGes,
    0, () => DescribeCacheSecurityGroupsMessage$, () => CacheSecurityGroupMessage$
];
var DescribeCacheSubnetGroups$ = [9, n0, _DCSGesc,
    0, () => DescribeCacheSubnetGroupsMessage$, () => CacheSubnetGroupMessage$
];
var DescribeEngineDefaultParameters$ = [9, n0, _DEDP,
    0, () => DescribeEngineDefaultParametersMessage$, () => DescribeEngineDefaultParametersResult$
];
var DescribeEvents$ = [9, n0, _DE,
    0, () => DescribeEventsMessage$, () => EventsMessage$
];
var DescribeGlobalReplicationGroups$ = [9, n0, _DGRGe,
    0, () => DescribeGlobalReplicationGroupsMessage$, () => DescribeGlobalReplicationGroupsResult$
];
var DescribeReplicationGroups$ = [9, n0, _DRGe,
    0, () => DescribeReplicationGroupsMessage$, () => ReplicationGroupMessage$
];
var DescribeReservedCacheNodes$ = [9, n0, _DRCN,
    0, () => DescribeReservedCacheNodesMessage$, () => ReservedCacheNodeMessage$
];
var DescribeReservedCacheNodesOfferings$ = [9, n0, _DRCNO,
    0, () => DescribeReservedCacheNodesOfferingsMessage$, () => ReservedCacheNodesOfferingMessage$
];
var DescribeServerlessCaches$ = [9, n0, _DSCe,
    0, () => DescribeServerlessCachesRequest$, () => DescribeServerlessCachesResponse$
];
var DescribeServerlessCacheSnapshots$ = [9, n0, _DSCSe,
    0, () => DescribeServerlessCacheSnapshotsRequest$, () => DescribeServerlessCacheSnapshotsResponse$
];
var DescribeServiceUpdates$ = [9, n0, _DSU,
    0, () => DescribeServiceUpdatesMessage$, () => ServiceUpdatesMessage$
];
var DescribeSnapshots$ = [9, n0, _DSes,
    0, () => DescribeSnapshotsMessage$, () => DescribeSnapshotsListMessage$
];
var DescribeUpdateActions$ = [9, n0, _DUA,
    0, () => DescribeUpdateActionsMessage$, () => UpdateActionsMessage$
];
var DescribeUserGroups$ = [9, n0, _DUGe,
    0, () => DescribeUserGroupsMessage$, () => DescribeUserGroupsResult$
];
var DescribeUsers$ = [9, n0, _DUe,
    0, () => DescribeUsersMessage$, () => DescribeUsersResult$
];
var DisassociateGlobalReplicationGroup$ = [9, n0, _DGRGi,
    0, () => DisassociateGlobalReplicationGroupMessage$, () => DisassociateGlobalReplicationGroupResult$
];
var ExportServerlessCacheSnapshot$ = [9, n0, _ESCS,
    0, () => ExportServerlessCacheSnapshotRequest$, () => ExportServerlessCacheSnapshotResponse$
];
var FailoverGlobalReplicationGroup$ = [9, n0, _FGRG,
    0, () => FailoverGlobalReplicationGroupMessage$, () => FailoverGlobalReplicationGroupResult$
];
var IncreaseNodeGroupsInGlobalReplicationGroup$ = [9, n0, _INGIGRG,
    0, () => IncreaseNodeGroupsInGlobalReplicationGroupMessage$, () => IncreaseNodeGroupsInGlobalReplicationGroupResult$
];
var IncreaseReplicaCount$ = [9, n0, _IRC,
    0, () => IncreaseReplicaCountMessage$, () => IncreaseReplicaCountResult$
];
var ListAllowedNodeTypeModifications$ = [9, n0, _LANTM,
    0, () => ListAllowedNodeTypeModificationsMessage$, () => AllowedNodeTypeModificationsMessage$
];
var ListTagsForResource$ = [9, n0, _LTFR,
    0, () => ListTagsForResourceMessage$, () => TagListMessage$
];
var ModifyCacheCluster$ = [9, n0, _MCC,
    0, () => ModifyCacheClusterMessage$, () => ModifyCacheClusterResult$
];
var ModifyCacheParameterGroup$ = [9, n0, _MCPG,
    0, () => ModifyCacheParameterGroupMessage$, () => CacheParameterGroupNameMessage$
];
var ModifyCacheSubnetGroup$ = [9, n0, _MCSG,
    0, () => ModifyCacheSubnetGroupMessage$, () => ModifyCacheSubnetGroupResult$
];
var ModifyGlobalReplicationGroup$ = [9, n0, _MGRG,
    0, () => ModifyGlobalReplicationGroupMessage$, () => ModifyGlobalReplicationGroupResult$
];
var ModifyReplicationGroup$ = [9, n0, _MRG,
    0, () => ModifyReplicationGroupMessage$, () => ModifyReplicationGroupResult$
];
var ModifyReplicationGroupShardConfiguration$ = [9, n0, _MRGSC,
    0, () => ModifyReplicationGroupShardConfigurationMessage$, () => ModifyReplicationGroupShardConfigurationResult$
];
var ModifyServerlessCache$ = [9, n0, _MSC,
    0, () => ModifyServerlessCacheRequest$, () => ModifyServerlessCacheResponse$
];
var ModifyUser$ = [9, n0, _MU,
    0, () => ModifyUserMessage$, () => User$
];
var ModifyUserGroup$ = [9, n0, _MUG,
    0, () => ModifyUserGroupMessage$, () => UserGroup$
];
var PurchaseReservedCacheNodesOffering$ = [9, n0, _PRCNO,
    0, () => PurchaseReservedCacheNodesOfferingMessage$, () => PurchaseReservedCacheNodesOfferingResult$
];
var RebalanceSlotsInGlobalReplicationGroup$ = [9, n0, _RSIGRG,
    0, () => RebalanceSlotsInGlobalReplicationGroupMessage$, () => RebalanceSlotsInGlobalReplicationGroupResult$
];
var RebootCacheCluster$ = [9, n0, _RCC,
    0, () => RebootCacheClusterMessage$, () => RebootCacheClusterResult$
];
var RemoveTagsFromResource$ = [9, n0, _RTFR,
    0, () => RemoveTagsFromResourceMessage$, () => TagListMessage$
];
var ResetCacheParameterGroup$ = [9, n0, _RCPG,
    0, () => ResetCacheParameterGroupMessage$, () => CacheParameterGroupNameMessage$
];
var RevokeCacheSecurityGroupIngress$ = [9, n0, _RCSGI,
    0, () => RevokeCacheSecurityGroupIngressMessage$, () => RevokeCacheSecurityGroupIngressResult$
];
var StartMigration$ = [9, n0, _SMt,
    0, () => StartMigrationMessage$, () => StartMigrationResponse$
];
var TestFailover$ = [9, n0, _TF,
    0, () => TestFailoverMessage$, () => TestFailoverResult$
];
var TestMigration$ = [9, n0, _TM,
    0, () => TestMigrationMessage$, () => TestMigrationResponse$
];

const getRuntimeConfig$1 = (config) => {
    return {
        apiVersion: "2015-02-02",
        base64Decoder: config?.base64Decoder ?? fromBase64,
        base64Encoder: config?.base64Encoder ?? toBase64,
        disableHostPrefix: config?.disableHostPrefix ?? false,
        endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
        extensions: config?.extensions ?? [],
        httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultElastiCacheHttpAuthSchemeProvider,
        httpAuthSchemes: config?.httpAuthSchemes ?? [
            {
                schemeId: "aws.auth#sigv4",
                identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
                signer: new AwsSdkSigV4Signer(),
            },
        ],
        logger: config?.logger ?? new NoOpLogger(),
        protocol: config?.protocol ?? AwsQueryProtocol,
        protocolSettings: config?.protocolSettings ?? {
            defaultNamespace: "com.amazonaws.elasticache",
            errorTypeRegistries,
            xmlNamespace: "http://elasticache.amazonaws.com/doc/2015-02-02/",
            version: "2015-02-02",
            serviceTarget: "AmazonElastiCacheV9",
        },
        serviceId: config?.serviceId ?? "ElastiCache",
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

class ElastiCacheClient extends Client {
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
            httpAuthSchemeParametersProvider: defaultElastiCacheHttpAuthSchemeParametersProvider,
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

const command = makeBuilder(commonParams, "AmazonElastiCacheV9", "ElastiCacheClient", getEndpointPlugin);
const _ep0 = {};
const _mw0 = (Command, cs, config, o) => [];

class AddTagsToResourceCommand extends command(_ep0, _mw0, "AddTagsToResource", AddTagsToResource$) {
}

class AuthorizeCacheSecurityGroupIngressCommand extends command(_ep0, _mw0, "AuthorizeCacheSecurityGroupIngress", AuthorizeCacheSecurityGroupIngress$) {
}

class BatchApplyUpdateActionCommand extends command(_ep0, _mw0, "BatchApplyUpdateAction", BatchApplyUpdateAction$) {
}

class BatchStopUpdateActionCommand extends command(_ep0, _mw0, "BatchStopUpdateAction", BatchStopUpdateAction$) {
}

class CompleteMigrationCommand extends command(_ep0, _mw0, "CompleteMigration", CompleteMigration$) {
}

class CopyServerlessCacheSnapshotCommand extends command(_ep0, _mw0, "CopyServerlessCacheSnapshot", CopyServerlessCacheSnapshot$) {
}

class CopySnapshotCommand extends command(_ep0, _mw0, "CopySnapshot", CopySnapshot$) {
}

class CreateCacheClusterCommand extends command(_ep0, _mw0, "CreateCacheCluster", CreateCacheCluster$) {
}

class CreateCacheParameterGroupCommand extends command(_ep0, _mw0, "CreateCacheParameterGroup", CreateCacheParameterGroup$) {
}

class CreateCacheSecurityGroupCommand extends command(_ep0, _mw0, "CreateCacheSecurityGroup", CreateCacheSecurityGroup$) {
}

class CreateCacheSubnetGroupCommand extends command(_ep0, _mw0, "CreateCacheSubnetGroup", CreateCacheSubnetGroup$) {
}

class CreateGlobalReplicationGroupCommand extends command(_ep0, _mw0, "CreateGlobalReplicationGroup", CreateGlobalReplicationGroup$) {
}

class CreateReplicationGroupCommand extends command(_ep0, _mw0, "CreateReplicationGroup", CreateReplicationGroup$) {
}

class CreateServerlessCacheCommand extends command(_ep0, _mw0, "CreateServerlessCache", CreateServerlessCache$) {
}

class CreateServerlessCacheSnapshotCommand extends command(_ep0, _mw0, "CreateServerlessCacheSnapshot", CreateServerlessCacheSnapshot$) {
}

class CreateSnapshotCommand extends command(_ep0, _mw0, "CreateSnapshot", CreateSnapshot$) {
}

class CreateUserCommand extends command(_ep0, _mw0, "CreateUser", CreateUser$) {
}

class CreateUserGroupCommand extends command(_ep0, _mw0, "CreateUserGroup", CreateUserGroup$) {
}

class DecreaseNodeGroupsInGlobalReplicationGroupCommand extends command(_ep0, _mw0, "DecreaseNodeGroupsInGlobalReplicationGroup", DecreaseNodeGroupsInGlobalReplicationGroup$) {
}

class DecreaseReplicaCountCommand extends command(_ep0, _mw0, "DecreaseReplicaCount", DecreaseReplicaCount$) {
}

class DeleteCacheClusterCommand extends command(_ep0, _mw0, "DeleteCacheCluster", DeleteCacheCluster$) {
}

class DeleteCacheParameterGroupCommand extends command(_ep0, _mw0, "DeleteCacheParameterGroup", DeleteCacheParameterGroup$) {
}

class DeleteCacheSecurityGroupCommand extends command(_ep0, _mw0, "DeleteCacheSecurityGroup", DeleteCacheSecurityGroup$) {
}

class DeleteCacheSubnetGroupCommand extends command(_ep0, _mw0, "DeleteCacheSubnetGroup", DeleteCacheSubnetGroup$) {
}

class DeleteGlobalReplicationGroupCommand extends command(_ep0, _mw0, "DeleteGlobalReplicationGroup", DeleteGlobalReplicationGroup$) {
}

class DeleteReplicationGroupCommand extends command(_ep0, _mw0, "DeleteReplicationGroup", DeleteReplicationGroup$) {
}

class DeleteServerlessCacheCommand extends command(_ep0, _mw0, "DeleteServerlessCache", DeleteServerlessCache$) {
}

class DeleteServerlessCacheSnapshotCommand extends command(_ep0, _mw0, "DeleteServerlessCacheSnapshot", DeleteServerlessCacheSnapshot$) {
}

class DeleteSnapshotCommand extends command(_ep0, _mw0, "DeleteSnapshot", DeleteSnapshot$) {
}

class DeleteUserCommand extends command(_ep0, _mw0, "DeleteUser", DeleteUser$) {
}

class DeleteUserGroupCommand extends command(_ep0, _mw0, "DeleteUserGroup", DeleteUserGroup$) {
}

class DescribeCacheClustersCommand extends command(_ep0, _mw0, "DescribeCacheClusters", DescribeCacheClusters$) {
}

class DescribeCacheEngineVersionsCommand extends command(_ep0, _mw0, "DescribeCacheEngineVersions", DescribeCacheEngineVersions$) {
}

class DescribeCacheParameterGroupsCommand extends command(_ep0, _mw0, "DescribeCacheParameterGroups", DescribeCacheParameterGroups$) {
}

class DescribeCacheParametersCommand extends command(_ep0, _mw0, "DescribeCacheParameters", DescribeCacheParameters$) {
}

class DescribeCacheSecurityGroupsCommand extends command(_ep0, _mw0, "DescribeCacheSecurityGroups", DescribeCacheSecurityGroups$) {
}

class DescribeCacheSubnetGroupsCommand extends command(_ep0, _mw0, "DescribeCacheSubnetGroups", DescribeCacheSubnetGroups$) {
}

class DescribeEngineDefaultParametersCommand extends command(_ep0, _mw0, "DescribeEngineDefaultParameters", DescribeEngineDefaultParameters$) {
}

class DescribeEventsCommand extends command(_ep0, _mw0, "DescribeEvents", DescribeEvents$) {
}

class DescribeGlobalReplicationGroupsCommand extends command(_ep0, _mw0, "DescribeGlobalReplicationGroups", DescribeGlobalReplicationGroups$) {
}

class DescribeReplicationGroupsCommand extends command(_ep0, _mw0, "DescribeReplicationGroups", DescribeReplicationGroups$) {
}

class DescribeReservedCacheNodesCommand extends command(_ep0, _mw0, "DescribeReservedCacheNodes", DescribeReservedCacheNodes$) {
}

class DescribeReservedCacheNodesOfferingsCommand extends command(_ep0, _mw0, "DescribeReservedCacheNodesOfferings", DescribeReservedCacheNodesOfferings$) {
}

class DescribeServerlessCachesCommand extends command(_ep0, _mw0, "DescribeServerlessCaches", DescribeServerlessCaches$) {
}

class DescribeServerlessCacheSnapshotsCommand extends command(_ep0, _mw0, "DescribeServerlessCacheSnapshots", DescribeServerlessCacheSnapshots$) {
}

class DescribeServiceUpdatesCommand extends command(_ep0, _mw0, "DescribeServiceUpdates", DescribeServiceUpdates$) {
}

class DescribeSnapshotsCommand extends command(_ep0, _mw0, "DescribeSnapshots", DescribeSnapshots$) {
}

class DescribeUpdateActionsCommand extends command(_ep0, _mw0, "DescribeUpdateActions", DescribeUpdateActions$) {
}

class DescribeUserGroupsCommand extends command(_ep0, _mw0, "DescribeUserGroups", DescribeUserGroups$) {
}

class DescribeUsersCommand extends command(_ep0, _mw0, "DescribeUsers", DescribeUsers$) {
}

class DisassociateGlobalReplicationGroupCommand extends command(_ep0, _mw0, "DisassociateGlobalReplicationGroup", DisassociateGlobalReplicationGroup$) {
}

class ExportServerlessCacheSnapshotCommand extends command(_ep0, _mw0, "ExportServerlessCacheSnapshot", ExportServerlessCacheSnapshot$) {
}

class FailoverGlobalReplicationGroupCommand extends command(_ep0, _mw0, "FailoverGlobalReplicationGroup", FailoverGlobalReplicationGroup$) {
}

class IncreaseNodeGroupsInGlobalReplicationGroupCommand extends command(_ep0, _mw0, "IncreaseNodeGroupsInGlobalReplicationGroup", IncreaseNodeGroupsInGlobalReplicationGroup$) {
}

class IncreaseReplicaCountCommand extends command(_ep0, _mw0, "IncreaseReplicaCount", IncreaseReplicaCount$) {
}

class ListAllowedNodeTypeModificationsCommand extends command(_ep0, _mw0, "ListAllowedNodeTypeModifications", ListAllowedNodeTypeModifications$) {
}

class ListTagsForResourceCommand extends command(_ep0, _mw0, "ListTagsForResource", ListTagsForResource$) {
}

class ModifyCacheClusterCommand extends command(_ep0, _mw0, "ModifyCacheCluster", ModifyCacheCluster$) {
}

class ModifyCacheParameterGroupCommand extends command(_ep0, _mw0, "ModifyCacheParameterGroup", ModifyCacheParameterGroup$) {
}

class ModifyCacheSubnetGroupCommand extends command(_ep0, _mw0, "ModifyCacheSubnetGroup", ModifyCacheSubnetGroup$) {
}

class ModifyGlobalReplicationGroupCommand extends command(_ep0, _mw0, "ModifyGlobalReplicationGroup", ModifyGlobalReplicationGroup$) {
}

class ModifyReplicationGroupCommand extends command(_ep0, _mw0, "ModifyReplicationGroup", ModifyReplicationGroup$) {
}

class ModifyReplicationGroupShardConfigurationCommand extends command(_ep0, _mw0, "ModifyReplicationGroupShardConfiguration", ModifyReplicationGroupShardConfiguration$) {
}

class ModifyServerlessCacheCommand extends command(_ep0, _mw0, "ModifyServerlessCache", ModifyServerlessCache$) {
}

class ModifyUserCommand extends command(_ep0, _mw0, "ModifyUser", ModifyUser$) {
}

class ModifyUserGroupCommand extends command(_ep0, _mw0, "ModifyUserGroup", ModifyUserGroup$) {
}

class PurchaseReservedCacheNodesOfferingCommand extends command(_ep0, _mw0, "PurchaseReservedCacheNodesOffering", PurchaseReservedCacheNodesOffering$) {
}

class RebalanceSlotsInGlobalReplicationGroupCommand extends command(_ep0, _mw0, "RebalanceSlotsInGlobalReplicationGroup", RebalanceSlotsInGlobalReplicationGroup$) {
}

class RebootCacheClusterCommand extends command(_ep0, _mw0, "RebootCacheCluster", RebootCacheCluster$) {
}

class RemoveTagsFromResourceCommand extends command(_ep0, _mw0, "RemoveTagsFromResource", RemoveTagsFromResource$) {
}

class ResetCacheParameterGroupCommand extends command(_ep0, _mw0, "ResetCacheParameterGroup", ResetCacheParameterGroup$) {
}

class RevokeCacheSecurityGroupIngressCommand extends command(_ep0, _mw0, "RevokeCacheSecurityGroupIngress", RevokeCacheSecurityGroupIngress$) {
}

class StartMigrationCommand extends command(_ep0, _mw0, "StartMigration", StartMigration$) {
}

class TestFailoverCommand extends command(_ep0, _mw0, "TestFailover", TestFailover$) {
}

class TestMigrationCommand extends command(_ep0, _mw0, "TestMigration", TestMigration$) {
}

const paginateDescribeCacheClusters = createPaginator(ElastiCacheClient, DescribeCacheClustersCommand, "Marker", "Marker", "MaxRecords");

const paginateDescribeCacheEngineVersions = createPaginator(ElastiCacheClient, DescribeCacheEngineVersionsCommand, "Marker", "Marker", "MaxRecords");

const paginateDescribeCacheParameterGroups = createPaginator(ElastiCacheClient, DescribeCacheParameterGroupsCommand, "Marker", "Marker", "MaxRecords");

const paginateDescribeCacheParameters = createPaginator(ElastiCacheClient, DescribeCacheParametersCommand, "Marker", "Marker", "MaxRecords");

const paginateDescribeCacheSecurityGroups = createPaginator(ElastiCacheClient, DescribeCacheSecurityGroupsCommand, "Marker", "Marker", "MaxRecords");

const paginateDescribeCacheSubnetGroups = createPaginator(ElastiCacheClient, DescribeCacheSubnetGroupsCommand, "Marker", "Marker", "MaxRecords");

const paginateDescribeEngineDefaultParameters = createPaginator(ElastiCacheClient, DescribeEngineDefaultParametersCommand, "Marker", "EngineDefaults.Marker", "MaxRecords");

const paginateDescribeEvents = createPaginator(ElastiCacheClient, DescribeEventsCommand, "Marker", "Marker", "MaxRecords");

const paginateDescribeGlobalReplicationGroups = createPaginator(ElastiCacheClient, DescribeGlobalReplicationGroupsCommand, "Marker", "Marker", "MaxRecords");

const paginateDescribeReplicationGroups = createPaginator(ElastiCacheClient, DescribeReplicationGroupsCommand, "Marker", "Marker", "MaxRecords");

const paginateDescribeReservedCacheNodesOfferings = createPaginator(ElastiCacheClient, DescribeReservedCacheNodesOfferingsCommand, "Marker", "Marker", "MaxRecords");

const paginateDescribeReservedCacheNodes = createPaginator(ElastiCacheClient, DescribeReservedCacheNodesCommand, "Marker", "Marker", "MaxRecords");

const paginateDescribeServerlessCacheSnapshots = createPaginator(ElastiCacheClient, DescribeServerlessCacheSnapshotsCommand, "NextToken", "NextToken", "MaxResults");

const paginateDescribeServerlessCaches = createPaginator(ElastiCacheClient, DescribeServerlessCachesCommand, "NextToken", "NextToken", "MaxResults");

const paginateDescribeServiceUpdates = createPaginator(ElastiCacheClient, DescribeServiceUpdatesCommand, "Marker", "Marker", "MaxRecords");

const paginateDescribeSnapshots = createPaginator(ElastiCacheClient, DescribeSnapshotsCommand, "Marker", "Marker", "MaxRecords");

const paginateDescribeUpdateActions = createPaginator(ElastiCacheClient, DescribeUpdateActionsCommand, "Marker", "Marker", "MaxRecords");

const paginateDescribeUserGroups = createPaginator(ElastiCacheClient, DescribeUserGroupsCommand, "Marker", "Marker", "MaxRecords");

const paginateDescribeUsers = createPaginator(ElastiCacheClient, DescribeUsersCommand, "Marker", "Marker", "MaxRecords");

const checkState$3 = async (client, input) => {
    let reason;
    try {
        let result = await client.send(new DescribeCacheClustersCommand(input));
        reason = result;
        try {
            const returnComparator = () => {
                let flat_1 = [].concat(...result.CacheClusters);
                let projection_3 = flat_1.map((element_2) => {
                    return element_2.CacheClusterStatus;
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
                let flat_1 = [].concat(...result.CacheClusters);
                let projection_3 = flat_1.map((element_2) => {
                    return element_2.CacheClusterStatus;
                });
                return projection_3;
            };
            for (let anyStringEq_4 of returnComparator()) {
                if (anyStringEq_4 == "deleted") {
                    return { state: WaiterState.FAILURE, reason };
                }
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                let flat_1 = [].concat(...result.CacheClusters);
                let projection_3 = flat_1.map((element_2) => {
                    return element_2.CacheClusterStatus;
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
                let flat_1 = [].concat(...result.CacheClusters);
                let projection_3 = flat_1.map((element_2) => {
                    return element_2.CacheClusterStatus;
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
                let flat_1 = [].concat(...result.CacheClusters);
                let projection_3 = flat_1.map((element_2) => {
                    return element_2.CacheClusterStatus;
                });
                return projection_3;
            };
            for (let anyStringEq_4 of returnComparator()) {
                if (anyStringEq_4 == "restore-failed") {
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
const waitForCacheClusterAvailable = async (params, input) => {
    const serviceDefaults = { minDelay: 15, maxDelay: 120 };
    return createWaiter({ ...serviceDefaults, ...params }, input, checkState$3);
};
const waitUntilCacheClusterAvailable = async (params, input) => {
    const serviceDefaults = { minDelay: 15, maxDelay: 120 };
    const result = await createWaiter({ ...serviceDefaults, ...params }, input, checkState$3);
    return checkExceptions(result);
};

const checkState$2 = async (client, input) => {
    let reason;
    try {
        let result = await client.send(new DescribeCacheClustersCommand(input));
        reason = result;
        try {
            const returnComparator = () => {
                let flat_1 = [].concat(...result.CacheClusters);
                let projection_3 = flat_1.map((element_2) => {
                    return element_2.CacheClusterStatus;
                });
                return projection_3;
            };
            let allStringEq_5 = (returnComparator().length > 0);
            for (let element_4 of returnComparator()) {
                allStringEq_5 = allStringEq_5 && (element_4 == "deleted");
            }
            if (allStringEq_5) {
                return { state: WaiterState.SUCCESS, reason };
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                let flat_1 = [].concat(...result.CacheClusters);
                let projection_3 = flat_1.map((element_2) => {
                    return element_2.CacheClusterStatus;
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
        try {
            const returnComparator = () => {
                let flat_1 = [].concat(...result.CacheClusters);
                let projection_3 = flat_1.map((element_2) => {
                    return element_2.CacheClusterStatus;
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
                let flat_1 = [].concat(...result.CacheClusters);
                let projection_3 = flat_1.map((element_2) => {
                    return element_2.CacheClusterStatus;
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
                let flat_1 = [].concat(...result.CacheClusters);
                let projection_3 = flat_1.map((element_2) => {
                    return element_2.CacheClusterStatus;
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
                let flat_1 = [].concat(...result.CacheClusters);
                let projection_3 = flat_1.map((element_2) => {
                    return element_2.CacheClusterStatus;
                });
                return projection_3;
            };
            for (let anyStringEq_4 of returnComparator()) {
                if (anyStringEq_4 == "restore-failed") {
                    return { state: WaiterState.FAILURE, reason };
                }
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                let flat_1 = [].concat(...result.CacheClusters);
                let projection_3 = flat_1.map((element_2) => {
                    return element_2.CacheClusterStatus;
                });
                return projection_3;
            };
            for (let anyStringEq_4 of returnComparator()) {
                if (anyStringEq_4 == "snapshotting") {
                    return { state: WaiterState.FAILURE, reason };
                }
            }
        }
        catch (e) { }
    }
    catch (exception) {
        reason = exception;
        if (exception.name === "CacheClusterNotFoundFault") {
            return { state: WaiterState.SUCCESS, reason };
        }
    }
    return { state: WaiterState.RETRY, reason };
};
const waitForCacheClusterDeleted = async (params, input) => {
    const serviceDefaults = { minDelay: 15, maxDelay: 120 };
    return createWaiter({ ...serviceDefaults, ...params }, input, checkState$2);
};
const waitUntilCacheClusterDeleted = async (params, input) => {
    const serviceDefaults = { minDelay: 15, maxDelay: 120 };
    const result = await createWaiter({ ...serviceDefaults, ...params }, input, checkState$2);
    return checkExceptions(result);
};

const checkState$1 = async (client, input) => {
    let reason;
    try {
        let result = await client.send(new DescribeReplicationGroupsCommand(input));
        reason = result;
        try {
            const returnComparator = () => {
                let flat_1 = [].concat(...result.ReplicationGroups);
                let projection_3 = flat_1.map((element_2) => {
                    return element_2.Status;
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
                let flat_1 = [].concat(...result.ReplicationGroups);
                let projection_3 = flat_1.map((element_2) => {
                    return element_2.Status;
                });
                return projection_3;
            };
            for (let anyStringEq_4 of returnComparator()) {
                if (anyStringEq_4 == "deleted") {
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
const waitForReplicationGroupAvailable = async (params, input) => {
    const serviceDefaults = { minDelay: 15, maxDelay: 120 };
    return createWaiter({ ...serviceDefaults, ...params }, input, checkState$1);
};
const waitUntilReplicationGroupAvailable = async (params, input) => {
    const serviceDefaults = { minDelay: 15, maxDelay: 120 };
    const result = await createWaiter({ ...serviceDefaults, ...params }, input, checkState$1);
    return checkExceptions(result);
};

const checkState = async (client, input) => {
    let reason;
    try {
        let result = await client.send(new DescribeReplicationGroupsCommand(input));
        reason = result;
        try {
            const returnComparator = () => {
                let flat_1 = [].concat(...result.ReplicationGroups);
                let projection_3 = flat_1.map((element_2) => {
                    return element_2.Status;
                });
                return projection_3;
            };
            let allStringEq_5 = (returnComparator().length > 0);
            for (let element_4 of returnComparator()) {
                allStringEq_5 = allStringEq_5 && (element_4 == "deleted");
            }
            if (allStringEq_5) {
                return { state: WaiterState.SUCCESS, reason };
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                let flat_1 = [].concat(...result.ReplicationGroups);
                let projection_3 = flat_1.map((element_2) => {
                    return element_2.Status;
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
        if (exception.name === "ReplicationGroupNotFoundFault") {
            return { state: WaiterState.SUCCESS, reason };
        }
    }
    return { state: WaiterState.RETRY, reason };
};
const waitForReplicationGroupDeleted = async (params, input) => {
    const serviceDefaults = { minDelay: 15, maxDelay: 120 };
    return createWaiter({ ...serviceDefaults, ...params }, input, checkState);
};
const waitUntilReplicationGroupDeleted = async (params, input) => {
    const serviceDefaults = { minDelay: 15, maxDelay: 120 };
    const result = await createWaiter({ ...serviceDefaults, ...params }, input, checkState);
    return checkExceptions(result);
};

const commands = {
    AddTagsToResourceCommand,
    AuthorizeCacheSecurityGroupIngressCommand,
    BatchApplyUpdateActionCommand,
    BatchStopUpdateActionCommand,
    CompleteMigrationCommand,
    CopyServerlessCacheSnapshotCommand,
    CopySnapshotCommand,
    CreateCacheClusterCommand,
    CreateCacheParameterGroupCommand,
    CreateCacheSecurityGroupCommand,
    CreateCacheSubnetGroupCommand,
    CreateGlobalReplicationGroupCommand,
    CreateReplicationGroupCommand,
    CreateServerlessCacheCommand,
    CreateServerlessCacheSnapshotCommand,
    CreateSnapshotCommand,
    CreateUserCommand,
    CreateUserGroupCommand,
    DecreaseNodeGroupsInGlobalReplicationGroupCommand,
    DecreaseReplicaCountCommand,
    DeleteCacheClusterCommand,
    DeleteCacheParameterGroupCommand,
    DeleteCacheSecurityGroupCommand,
    DeleteCacheSubnetGroupCommand,
    DeleteGlobalReplicationGroupCommand,
    DeleteReplicationGroupCommand,
    DeleteServerlessCacheCommand,
    DeleteServerlessCacheSnapshotCommand,
    DeleteSnapshotCommand,
    DeleteUserCommand,
    DeleteUserGroupCommand,
    DescribeCacheClustersCommand,
    DescribeCacheEngineVersionsCommand,
    DescribeCacheParameterGroupsCommand,
    DescribeCacheParametersCommand,
    DescribeCacheSecurityGroupsCommand,
    DescribeCacheSubnetGroupsCommand,
    DescribeEngineDefaultParametersCommand,
    DescribeEventsCommand,
    DescribeGlobalReplicationGroupsCommand,
    DescribeReplicationGroupsCommand,
    DescribeReservedCacheNodesCommand,
    DescribeReservedCacheNodesOfferingsCommand,
    DescribeServerlessCachesCommand,
    DescribeServerlessCacheSnapshotsCommand,
    DescribeServiceUpdatesCommand,
    DescribeSnapshotsCommand,
    DescribeUpdateActionsCommand,
    DescribeUserGroupsCommand,
    DescribeUsersCommand,
    DisassociateGlobalReplicationGroupCommand,
    ExportServerlessCacheSnapshotCommand,
    FailoverGlobalReplicationGroupCommand,
    IncreaseNodeGroupsInGlobalReplicationGroupCommand,
    IncreaseReplicaCountCommand,
    ListAllowedNodeTypeModificationsCommand,
    ListTagsForResourceCommand,
    ModifyCacheClusterCommand,
    ModifyCacheParameterGroupCommand,
    ModifyCacheSubnetGroupCommand,
    ModifyGlobalReplicationGroupCommand,
    ModifyReplicationGroupCommand,
    ModifyReplicationGroupShardConfigurationCommand,
    ModifyServerlessCacheCommand,
    ModifyUserCommand,
    ModifyUserGroupCommand,
    PurchaseReservedCacheNodesOfferingCommand,
    RebalanceSlotsInGlobalReplicationGroupCommand,
    RebootCacheClusterCommand,
    RemoveTagsFromResourceCommand,
    ResetCacheParameterGroupCommand,
    RevokeCacheSecurityGroupIngressCommand,
    StartMigrationCommand,
    TestFailoverCommand,
    TestMigrationCommand,
};
const paginators = {
    paginateDescribeCacheClusters,
    paginateDescribeCacheEngineVersions,
    paginateDescribeCacheParameterGroups,
    paginateDescribeCacheParameters,
    paginateDescribeCacheSecurityGroups,
    paginateDescribeCacheSubnetGroups,
    paginateDescribeEngineDefaultParameters,
    paginateDescribeEvents,
    paginateDescribeGlobalReplicationGroups,
    paginateDescribeReplicationGroups,
    paginateDescribeReservedCacheNodes,
    paginateDescribeReservedCacheNodesOfferings,
    paginateDescribeServerlessCaches,
    paginateDescribeServerlessCacheSnapshots,
    paginateDescribeServiceUpdates,
    paginateDescribeSnapshots,
    paginateDescribeUpdateActions,
    paginateDescribeUserGroups,
    paginateDescribeUsers,
};
const waiters = {
    waitUntilCacheClusterAvailable,
    waitUntilCacheClusterDeleted,
    waitUntilReplicationGroupAvailable,
    waitUntilReplicationGroupDeleted,
};
class ElastiCache extends ElastiCacheClient {
}
createAggregatedClient(commands, ElastiCache, { paginators, waiters });

const UpdateActionStatus = {
    COMPLETE: "complete",
    IN_PROGRESS: "in-progress",
    NOT_APPLICABLE: "not-applicable",
    NOT_APPLIED: "not-applied",
    SCHEDULED: "scheduled",
    SCHEDULING: "scheduling",
    STOPPED: "stopped",
    STOPPING: "stopping",
    WAITING_TO_START: "waiting-to-start",
};
const AutomaticFailoverStatus = {
    DISABLED: "disabled",
    DISABLING: "disabling",
    ENABLED: "enabled",
    ENABLING: "enabling",
};
const ClusterMode = {
    COMPATIBLE: "compatible",
    DISABLED: "disabled",
    ENABLED: "enabled",
};
const DataTieringStatus = {
    DISABLED: "disabled",
    ENABLED: "enabled",
};
const Durability = {
    ASYNC: "async",
    DEFAULT: "default",
    DISABLED: "disabled",
    SYNC: "sync",
};
const EffectiveDurability = {
    ASYNC: "async",
    DISABLED: "disabled",
    SYNC: "sync",
};
const IpDiscovery = {
    IPV4: "ipv4",
    IPV6: "ipv6",
};
const DestinationType = {
    CloudWatchLogs: "cloudwatch-logs",
    KinesisFirehose: "kinesis-firehose",
};
const LogFormat = {
    JSON: "json",
    TEXT: "text",
};
const LogType = {
    ENGINE_LOG: "engine-log",
    SLOW_LOG: "slow-log",
};
const LogDeliveryConfigurationStatus = {
    ACTIVE: "active",
    DISABLING: "disabling",
    ENABLING: "enabling",
    ERROR: "error",
    MODIFYING: "modifying",
};
const MultiAZStatus = {
    DISABLED: "disabled",
    ENABLED: "enabled",
};
const NetworkType = {
    DUAL_STACK: "dual_stack",
    IPV4: "ipv4",
    IPV6: "ipv6",
};
const AuthTokenUpdateStatus = {
    ROTATING: "ROTATING",
    SETTING: "SETTING",
};
const PendingAutomaticFailoverStatus = {
    DISABLED: "disabled",
    ENABLED: "enabled",
};
const TransitEncryptionMode = {
    PREFERRED: "preferred",
    REQUIRED: "required",
};
const StorageEncryptionType = {
    NONE: "none",
    SSE_ELASTICACHE: "sse-elasticache",
    SSE_KMS: "sse-kms",
};
const AZMode = {
    CROSS_AZ: "cross-az",
    SINGLE_AZ: "single-az",
};
const OutpostMode = {
    CROSS_OUTPOST: "cross-outpost",
    SINGLE_OUTPOST: "single-outpost",
};
const DataStorageUnit = {
    GB: "GB",
};
const InputAuthenticationType = {
    IAM: "iam",
    NO_PASSWORD: "no-password-required",
    PASSWORD: "password",
};
const AuthenticationType = {
    IAM: "iam",
    NO_PASSWORD: "no-password",
    PASSWORD: "password",
};
const ChangeType = {
    immediate: "immediate",
    requires_reboot: "requires-reboot",
};
const SourceType = {
    cache_cluster: "cache-cluster",
    cache_parameter_group: "cache-parameter-group",
    cache_security_group: "cache-security-group",
    cache_subnet_group: "cache-subnet-group",
    replication_group: "replication-group",
    serverless_cache: "serverless-cache",
    serverless_cache_snapshot: "serverless-cache-snapshot",
    user: "user",
    user_group: "user-group",
};
const ServiceUpdateStatus = {
    AVAILABLE: "available",
    CANCELLED: "cancelled",
    EXPIRED: "expired",
};
const ServiceUpdateSeverity = {
    CRITICAL: "critical",
    IMPORTANT: "important",
    LOW: "low",
    MEDIUM: "medium",
};
const ServiceUpdateType = {
    SECURITY_UPDATE: "security-update",
};
const NodeUpdateInitiatedBy = {
    CUSTOMER: "customer",
    SYSTEM: "system",
};
const NodeUpdateStatus = {
    COMPLETE: "complete",
    IN_PROGRESS: "in-progress",
    NOT_APPLIED: "not-applied",
    STOPPED: "stopped",
    STOPPING: "stopping",
    WAITING_TO_START: "waiting-to-start",
};
const SlaMet = {
    NA: "n/a",
    NO: "no",
    YES: "yes",
};
const AuthTokenUpdateStrategyType = {
    DELETE: "DELETE",
    ROTATE: "ROTATE",
    SET: "SET",
};

__webpack_unused_export__ = APICallRateForCustomerExceededFault;
__webpack_unused_export__ = APICallRateForCustomerExceededFault$;
__webpack_unused_export__ = AZMode;
__webpack_unused_export__ = AddTagsToResource$;
__webpack_unused_export__ = AddTagsToResourceCommand;
__webpack_unused_export__ = AddTagsToResourceMessage$;
__webpack_unused_export__ = AllowedNodeTypeModificationsMessage$;
__webpack_unused_export__ = AuthTokenUpdateStatus;
__webpack_unused_export__ = AuthTokenUpdateStrategyType;
__webpack_unused_export__ = Authentication$;
__webpack_unused_export__ = AuthenticationMode$;
__webpack_unused_export__ = AuthenticationType;
__webpack_unused_export__ = AuthorizationAlreadyExistsFault;
__webpack_unused_export__ = AuthorizationAlreadyExistsFault$;
__webpack_unused_export__ = AuthorizationNotFoundFault;
__webpack_unused_export__ = AuthorizationNotFoundFault$;
__webpack_unused_export__ = AuthorizeCacheSecurityGroupIngress$;
__webpack_unused_export__ = AuthorizeCacheSecurityGroupIngressCommand;
__webpack_unused_export__ = AuthorizeCacheSecurityGroupIngressMessage$;
__webpack_unused_export__ = AuthorizeCacheSecurityGroupIngressResult$;
__webpack_unused_export__ = AutomaticFailoverStatus;
__webpack_unused_export__ = AvailabilityZone$;
__webpack_unused_export__ = BatchApplyUpdateAction$;
__webpack_unused_export__ = BatchApplyUpdateActionCommand;
__webpack_unused_export__ = BatchApplyUpdateActionMessage$;
__webpack_unused_export__ = BatchStopUpdateAction$;
__webpack_unused_export__ = BatchStopUpdateActionCommand;
__webpack_unused_export__ = BatchStopUpdateActionMessage$;
__webpack_unused_export__ = CacheCluster$;
__webpack_unused_export__ = CacheClusterAlreadyExistsFault;
__webpack_unused_export__ = CacheClusterAlreadyExistsFault$;
__webpack_unused_export__ = CacheClusterMessage$;
__webpack_unused_export__ = CacheClusterNotFoundFault;
__webpack_unused_export__ = CacheClusterNotFoundFault$;
__webpack_unused_export__ = CacheEngineVersion$;
__webpack_unused_export__ = CacheEngineVersionMessage$;
__webpack_unused_export__ = CacheNode$;
__webpack_unused_export__ = CacheNodeTypeSpecificParameter$;
__webpack_unused_export__ = CacheNodeTypeSpecificValue$;
__webpack_unused_export__ = CacheNodeUpdateStatus$;
__webpack_unused_export__ = CacheParameterGroup$;
__webpack_unused_export__ = CacheParameterGroupAlreadyExistsFault;
__webpack_unused_export__ = CacheParameterGroupAlreadyExistsFault$;
__webpack_unused_export__ = CacheParameterGroupDetails$;
__webpack_unused_export__ = CacheParameterGroupNameMessage$;
__webpack_unused_export__ = CacheParameterGroupNotFoundFault;
__webpack_unused_export__ = CacheParameterGroupNotFoundFault$;
__webpack_unused_export__ = CacheParameterGroupQuotaExceededFault;
__webpack_unused_export__ = CacheParameterGroupQuotaExceededFault$;
__webpack_unused_export__ = CacheParameterGroupStatus$;
__webpack_unused_export__ = CacheParameterGroupsMessage$;
__webpack_unused_export__ = CacheSecurityGroup$;
__webpack_unused_export__ = CacheSecurityGroupAlreadyExistsFault;
__webpack_unused_export__ = CacheSecurityGroupAlreadyExistsFault$;
__webpack_unused_export__ = CacheSecurityGroupMembership$;
__webpack_unused_export__ = CacheSecurityGroupMessage$;
__webpack_unused_export__ = CacheSecurityGroupNotFoundFault;
__webpack_unused_export__ = CacheSecurityGroupNotFoundFault$;
__webpack_unused_export__ = CacheSecurityGroupQuotaExceededFault;
__webpack_unused_export__ = CacheSecurityGroupQuotaExceededFault$;
__webpack_unused_export__ = CacheSubnetGroup$;
__webpack_unused_export__ = CacheSubnetGroupAlreadyExistsFault;
__webpack_unused_export__ = CacheSubnetGroupAlreadyExistsFault$;
__webpack_unused_export__ = CacheSubnetGroupInUse;
__webpack_unused_export__ = CacheSubnetGroupInUse$;
__webpack_unused_export__ = CacheSubnetGroupMessage$;
__webpack_unused_export__ = CacheSubnetGroupNotFoundFault;
__webpack_unused_export__ = CacheSubnetGroupNotFoundFault$;
__webpack_unused_export__ = CacheSubnetGroupQuotaExceededFault;
__webpack_unused_export__ = CacheSubnetGroupQuotaExceededFault$;
__webpack_unused_export__ = CacheSubnetQuotaExceededFault;
__webpack_unused_export__ = CacheSubnetQuotaExceededFault$;
__webpack_unused_export__ = CacheUsageLimits$;
__webpack_unused_export__ = ChangeType;
__webpack_unused_export__ = CloudWatchLogsDestinationDetails$;
__webpack_unused_export__ = ClusterMode;
__webpack_unused_export__ = ClusterQuotaForCustomerExceededFault;
__webpack_unused_export__ = ClusterQuotaForCustomerExceededFault$;
__webpack_unused_export__ = CompleteMigration$;
__webpack_unused_export__ = CompleteMigrationCommand;
__webpack_unused_export__ = CompleteMigrationMessage$;
__webpack_unused_export__ = CompleteMigrationResponse$;
__webpack_unused_export__ = ConfigureShard$;
__webpack_unused_export__ = CopyServerlessCacheSnapshot$;
__webpack_unused_export__ = CopyServerlessCacheSnapshotCommand;
__webpack_unused_export__ = CopyServerlessCacheSnapshotRequest$;
__webpack_unused_export__ = CopyServerlessCacheSnapshotResponse$;
__webpack_unused_export__ = CopySnapshot$;
__webpack_unused_export__ = CopySnapshotCommand;
__webpack_unused_export__ = CopySnapshotMessage$;
__webpack_unused_export__ = CopySnapshotResult$;
__webpack_unused_export__ = CreateCacheCluster$;
__webpack_unused_export__ = CreateCacheClusterCommand;
__webpack_unused_export__ = CreateCacheClusterMessage$;
__webpack_unused_export__ = CreateCacheClusterResult$;
__webpack_unused_export__ = CreateCacheParameterGroup$;
__webpack_unused_export__ = CreateCacheParameterGroupCommand;
__webpack_unused_export__ = CreateCacheParameterGroupMessage$;
__webpack_unused_export__ = CreateCacheParameterGroupResult$;
__webpack_unused_export__ = CreateCacheSecurityGroup$;
__webpack_unused_export__ = CreateCacheSecurityGroupCommand;
__webpack_unused_export__ = CreateCacheSecurityGroupMessage$;
__webpack_unused_export__ = CreateCacheSecurityGroupResult$;
__webpack_unused_export__ = CreateCacheSubnetGroup$;
__webpack_unused_export__ = CreateCacheSubnetGroupCommand;
__webpack_unused_export__ = CreateCacheSubnetGroupMessage$;
__webpack_unused_export__ = CreateCacheSubnetGroupResult$;
__webpack_unused_export__ = CreateGlobalReplicationGroup$;
__webpack_unused_export__ = CreateGlobalReplicationGroupCommand;
__webpack_unused_export__ = CreateGlobalReplicationGroupMessage$;
__webpack_unused_export__ = CreateGlobalReplicationGroupResult$;
__webpack_unused_export__ = CreateReplicationGroup$;
__webpack_unused_export__ = CreateReplicationGroupCommand;
__webpack_unused_export__ = CreateReplicationGroupMessage$;
__webpack_unused_export__ = CreateReplicationGroupResult$;
__webpack_unused_export__ = CreateServerlessCache$;
__webpack_unused_export__ = CreateServerlessCacheCommand;
__webpack_unused_export__ = CreateServerlessCacheRequest$;
__webpack_unused_export__ = CreateServerlessCacheResponse$;
__webpack_unused_export__ = CreateServerlessCacheSnapshot$;
__webpack_unused_export__ = CreateServerlessCacheSnapshotCommand;
__webpack_unused_export__ = CreateServerlessCacheSnapshotRequest$;
__webpack_unused_export__ = CreateServerlessCacheSnapshotResponse$;
__webpack_unused_export__ = CreateSnapshot$;
__webpack_unused_export__ = CreateSnapshotCommand;
__webpack_unused_export__ = CreateSnapshotMessage$;
__webpack_unused_export__ = CreateSnapshotResult$;
__webpack_unused_export__ = CreateUser$;
__webpack_unused_export__ = CreateUserCommand;
__webpack_unused_export__ = CreateUserGroup$;
__webpack_unused_export__ = CreateUserGroupCommand;
__webpack_unused_export__ = CreateUserGroupMessage$;
__webpack_unused_export__ = CreateUserMessage$;
__webpack_unused_export__ = CustomerNodeEndpoint$;
__webpack_unused_export__ = DataStorage$;
__webpack_unused_export__ = DataStorageUnit;
__webpack_unused_export__ = DataTieringStatus;
__webpack_unused_export__ = DecreaseNodeGroupsInGlobalReplicationGroup$;
__webpack_unused_export__ = DecreaseNodeGroupsInGlobalReplicationGroupCommand;
__webpack_unused_export__ = DecreaseNodeGroupsInGlobalReplicationGroupMessage$;
__webpack_unused_export__ = DecreaseNodeGroupsInGlobalReplicationGroupResult$;
__webpack_unused_export__ = DecreaseReplicaCount$;
__webpack_unused_export__ = DecreaseReplicaCountCommand;
__webpack_unused_export__ = DecreaseReplicaCountMessage$;
__webpack_unused_export__ = DecreaseReplicaCountResult$;
__webpack_unused_export__ = DefaultUserAssociatedToUserGroupFault;
__webpack_unused_export__ = DefaultUserAssociatedToUserGroupFault$;
__webpack_unused_export__ = DefaultUserRequired;
__webpack_unused_export__ = DefaultUserRequired$;
__webpack_unused_export__ = DeleteCacheCluster$;
__webpack_unused_export__ = DeleteCacheClusterCommand;
__webpack_unused_export__ = DeleteCacheClusterMessage$;
__webpack_unused_export__ = DeleteCacheClusterResult$;
__webpack_unused_export__ = DeleteCacheParameterGroup$;
__webpack_unused_export__ = DeleteCacheParameterGroupCommand;
__webpack_unused_export__ = DeleteCacheParameterGroupMessage$;
__webpack_unused_export__ = DeleteCacheSecurityGroup$;
__webpack_unused_export__ = DeleteCacheSecurityGroupCommand;
__webpack_unused_export__ = DeleteCacheSecurityGroupMessage$;
__webpack_unused_export__ = DeleteCacheSubnetGroup$;
__webpack_unused_export__ = DeleteCacheSubnetGroupCommand;
__webpack_unused_export__ = DeleteCacheSubnetGroupMessage$;
__webpack_unused_export__ = DeleteGlobalReplicationGroup$;
__webpack_unused_export__ = DeleteGlobalReplicationGroupCommand;
__webpack_unused_export__ = DeleteGlobalReplicationGroupMessage$;
__webpack_unused_export__ = DeleteGlobalReplicationGroupResult$;
__webpack_unused_export__ = DeleteReplicationGroup$;
__webpack_unused_export__ = DeleteReplicationGroupCommand;
__webpack_unused_export__ = DeleteReplicationGroupMessage$;
__webpack_unused_export__ = DeleteReplicationGroupResult$;
__webpack_unused_export__ = DeleteServerlessCache$;
__webpack_unused_export__ = DeleteServerlessCacheCommand;
__webpack_unused_export__ = DeleteServerlessCacheRequest$;
__webpack_unused_export__ = DeleteServerlessCacheResponse$;
__webpack_unused_export__ = DeleteServerlessCacheSnapshot$;
__webpack_unused_export__ = DeleteServerlessCacheSnapshotCommand;
__webpack_unused_export__ = DeleteServerlessCacheSnapshotRequest$;
__webpack_unused_export__ = DeleteServerlessCacheSnapshotResponse$;
__webpack_unused_export__ = DeleteSnapshot$;
__webpack_unused_export__ = DeleteSnapshotCommand;
__webpack_unused_export__ = DeleteSnapshotMessage$;
__webpack_unused_export__ = DeleteSnapshotResult$;
__webpack_unused_export__ = DeleteUser$;
__webpack_unused_export__ = DeleteUserCommand;
__webpack_unused_export__ = DeleteUserGroup$;
__webpack_unused_export__ = DeleteUserGroupCommand;
__webpack_unused_export__ = DeleteUserGroupMessage$;
__webpack_unused_export__ = DeleteUserMessage$;
__webpack_unused_export__ = DescribeCacheClusters$;
exports.sgL = DescribeCacheClustersCommand;
__webpack_unused_export__ = DescribeCacheClustersMessage$;
__webpack_unused_export__ = DescribeCacheEngineVersions$;
__webpack_unused_export__ = DescribeCacheEngineVersionsCommand;
__webpack_unused_export__ = DescribeCacheEngineVersionsMessage$;
__webpack_unused_export__ = DescribeCacheParameterGroups$;
__webpack_unused_export__ = DescribeCacheParameterGroupsCommand;
__webpack_unused_export__ = DescribeCacheParameterGroupsMessage$;
__webpack_unused_export__ = DescribeCacheParameters$;
__webpack_unused_export__ = DescribeCacheParametersCommand;
__webpack_unused_export__ = DescribeCacheParametersMessage$;
__webpack_unused_export__ = DescribeCacheSecurityGroups$;
__webpack_unused_export__ = DescribeCacheSecurityGroupsCommand;
__webpack_unused_export__ = DescribeCacheSecurityGroupsMessage$;
__webpack_unused_export__ = DescribeCacheSubnetGroups$;
__webpack_unused_export__ = DescribeCacheSubnetGroupsCommand;
__webpack_unused_export__ = DescribeCacheSubnetGroupsMessage$;
__webpack_unused_export__ = DescribeEngineDefaultParameters$;
__webpack_unused_export__ = DescribeEngineDefaultParametersCommand;
__webpack_unused_export__ = DescribeEngineDefaultParametersMessage$;
__webpack_unused_export__ = DescribeEngineDefaultParametersResult$;
__webpack_unused_export__ = DescribeEvents$;
__webpack_unused_export__ = DescribeEventsCommand;
__webpack_unused_export__ = DescribeEventsMessage$;
__webpack_unused_export__ = DescribeGlobalReplicationGroups$;
__webpack_unused_export__ = DescribeGlobalReplicationGroupsCommand;
__webpack_unused_export__ = DescribeGlobalReplicationGroupsMessage$;
__webpack_unused_export__ = DescribeGlobalReplicationGroupsResult$;
__webpack_unused_export__ = DescribeReplicationGroups$;
exports.HYQ = DescribeReplicationGroupsCommand;
__webpack_unused_export__ = DescribeReplicationGroupsMessage$;
__webpack_unused_export__ = DescribeReservedCacheNodes$;
__webpack_unused_export__ = DescribeReservedCacheNodesCommand;
__webpack_unused_export__ = DescribeReservedCacheNodesMessage$;
__webpack_unused_export__ = DescribeReservedCacheNodesOfferings$;
__webpack_unused_export__ = DescribeReservedCacheNodesOfferingsCommand;
__webpack_unused_export__ = DescribeReservedCacheNodesOfferingsMessage$;
__webpack_unused_export__ = DescribeServerlessCacheSnapshots$;
__webpack_unused_export__ = DescribeServerlessCacheSnapshotsCommand;
__webpack_unused_export__ = DescribeServerlessCacheSnapshotsRequest$;
__webpack_unused_export__ = DescribeServerlessCacheSnapshotsResponse$;
__webpack_unused_export__ = DescribeServerlessCaches$;
__webpack_unused_export__ = DescribeServerlessCachesCommand;
__webpack_unused_export__ = DescribeServerlessCachesRequest$;
__webpack_unused_export__ = DescribeServerlessCachesResponse$;
__webpack_unused_export__ = DescribeServiceUpdates$;
__webpack_unused_export__ = DescribeServiceUpdatesCommand;
__webpack_unused_export__ = DescribeServiceUpdatesMessage$;
__webpack_unused_export__ = DescribeSnapshots$;
__webpack_unused_export__ = DescribeSnapshotsCommand;
__webpack_unused_export__ = DescribeSnapshotsListMessage$;
__webpack_unused_export__ = DescribeSnapshotsMessage$;
__webpack_unused_export__ = DescribeUpdateActions$;
__webpack_unused_export__ = DescribeUpdateActionsCommand;
__webpack_unused_export__ = DescribeUpdateActionsMessage$;
__webpack_unused_export__ = DescribeUserGroups$;
__webpack_unused_export__ = DescribeUserGroupsCommand;
__webpack_unused_export__ = DescribeUserGroupsMessage$;
__webpack_unused_export__ = DescribeUserGroupsResult$;
__webpack_unused_export__ = DescribeUsers$;
__webpack_unused_export__ = DescribeUsersCommand;
__webpack_unused_export__ = DescribeUsersMessage$;
__webpack_unused_export__ = DescribeUsersResult$;
__webpack_unused_export__ = DestinationDetails$;
__webpack_unused_export__ = DestinationType;
__webpack_unused_export__ = DisassociateGlobalReplicationGroup$;
__webpack_unused_export__ = DisassociateGlobalReplicationGroupCommand;
__webpack_unused_export__ = DisassociateGlobalReplicationGroupMessage$;
__webpack_unused_export__ = DisassociateGlobalReplicationGroupResult$;
__webpack_unused_export__ = DuplicateUserNameFault;
__webpack_unused_export__ = DuplicateUserNameFault$;
__webpack_unused_export__ = Durability;
__webpack_unused_export__ = EC2SecurityGroup$;
__webpack_unused_export__ = ECPUPerSecond$;
__webpack_unused_export__ = EffectiveDurability;
__webpack_unused_export__ = ElastiCache;
exports.gpP = ElastiCacheClient;
__webpack_unused_export__ = ElastiCacheServiceException;
__webpack_unused_export__ = ElastiCacheServiceException$;
__webpack_unused_export__ = Endpoint$;
__webpack_unused_export__ = EngineDefaults$;
__webpack_unused_export__ = Event$;
__webpack_unused_export__ = EventsMessage$;
__webpack_unused_export__ = ExportServerlessCacheSnapshot$;
__webpack_unused_export__ = ExportServerlessCacheSnapshotCommand;
__webpack_unused_export__ = ExportServerlessCacheSnapshotRequest$;
__webpack_unused_export__ = ExportServerlessCacheSnapshotResponse$;
__webpack_unused_export__ = FailoverGlobalReplicationGroup$;
__webpack_unused_export__ = FailoverGlobalReplicationGroupCommand;
__webpack_unused_export__ = FailoverGlobalReplicationGroupMessage$;
__webpack_unused_export__ = FailoverGlobalReplicationGroupResult$;
__webpack_unused_export__ = Filter$;
__webpack_unused_export__ = GlobalNodeGroup$;
__webpack_unused_export__ = GlobalReplicationGroup$;
__webpack_unused_export__ = GlobalReplicationGroupAlreadyExistsFault;
__webpack_unused_export__ = GlobalReplicationGroupAlreadyExistsFault$;
__webpack_unused_export__ = GlobalReplicationGroupInfo$;
__webpack_unused_export__ = GlobalReplicationGroupMember$;
__webpack_unused_export__ = GlobalReplicationGroupNotFoundFault;
__webpack_unused_export__ = GlobalReplicationGroupNotFoundFault$;
__webpack_unused_export__ = IncreaseNodeGroupsInGlobalReplicationGroup$;
__webpack_unused_export__ = IncreaseNodeGroupsInGlobalReplicationGroupCommand;
__webpack_unused_export__ = IncreaseNodeGroupsInGlobalReplicationGroupMessage$;
__webpack_unused_export__ = IncreaseNodeGroupsInGlobalReplicationGroupResult$;
__webpack_unused_export__ = IncreaseReplicaCount$;
__webpack_unused_export__ = IncreaseReplicaCountCommand;
__webpack_unused_export__ = IncreaseReplicaCountMessage$;
__webpack_unused_export__ = IncreaseReplicaCountResult$;
__webpack_unused_export__ = InputAuthenticationType;
__webpack_unused_export__ = InsufficientCacheClusterCapacityFault;
__webpack_unused_export__ = InsufficientCacheClusterCapacityFault$;
__webpack_unused_export__ = InvalidARNFault;
__webpack_unused_export__ = InvalidARNFault$;
__webpack_unused_export__ = InvalidCacheClusterStateFault;
__webpack_unused_export__ = InvalidCacheClusterStateFault$;
__webpack_unused_export__ = InvalidCacheParameterGroupStateFault;
__webpack_unused_export__ = InvalidCacheParameterGroupStateFault$;
__webpack_unused_export__ = InvalidCacheSecurityGroupStateFault;
__webpack_unused_export__ = InvalidCacheSecurityGroupStateFault$;
__webpack_unused_export__ = InvalidCredentialsException;
__webpack_unused_export__ = InvalidCredentialsException$;
__webpack_unused_export__ = InvalidGlobalReplicationGroupStateFault;
__webpack_unused_export__ = InvalidGlobalReplicationGroupStateFault$;
__webpack_unused_export__ = InvalidKMSKeyFault;
__webpack_unused_export__ = InvalidKMSKeyFault$;
__webpack_unused_export__ = InvalidParameterCombinationException;
__webpack_unused_export__ = InvalidParameterCombinationException$;
__webpack_unused_export__ = InvalidParameterValueException;
__webpack_unused_export__ = InvalidParameterValueException$;
__webpack_unused_export__ = InvalidReplicationGroupStateFault;
__webpack_unused_export__ = InvalidReplicationGroupStateFault$;
__webpack_unused_export__ = InvalidServerlessCacheSnapshotStateFault;
__webpack_unused_export__ = InvalidServerlessCacheSnapshotStateFault$;
__webpack_unused_export__ = InvalidServerlessCacheStateFault;
__webpack_unused_export__ = InvalidServerlessCacheStateFault$;
__webpack_unused_export__ = InvalidSnapshotStateFault;
__webpack_unused_export__ = InvalidSnapshotStateFault$;
__webpack_unused_export__ = InvalidSubnet;
__webpack_unused_export__ = InvalidSubnet$;
__webpack_unused_export__ = InvalidUserGroupStateFault;
__webpack_unused_export__ = InvalidUserGroupStateFault$;
__webpack_unused_export__ = InvalidUserStateFault;
__webpack_unused_export__ = InvalidUserStateFault$;
__webpack_unused_export__ = InvalidVPCNetworkStateFault;
__webpack_unused_export__ = InvalidVPCNetworkStateFault$;
__webpack_unused_export__ = IpDiscovery;
__webpack_unused_export__ = KinesisFirehoseDestinationDetails$;
__webpack_unused_export__ = ListAllowedNodeTypeModifications$;
__webpack_unused_export__ = ListAllowedNodeTypeModificationsCommand;
__webpack_unused_export__ = ListAllowedNodeTypeModificationsMessage$;
__webpack_unused_export__ = ListTagsForResource$;
exports.a_e = ListTagsForResourceCommand;
__webpack_unused_export__ = ListTagsForResourceMessage$;
__webpack_unused_export__ = LogDeliveryConfiguration$;
__webpack_unused_export__ = LogDeliveryConfigurationRequest$;
__webpack_unused_export__ = LogDeliveryConfigurationStatus;
__webpack_unused_export__ = LogFormat;
__webpack_unused_export__ = LogType;
__webpack_unused_export__ = ModifyCacheCluster$;
__webpack_unused_export__ = ModifyCacheClusterCommand;
__webpack_unused_export__ = ModifyCacheClusterMessage$;
__webpack_unused_export__ = ModifyCacheClusterResult$;
__webpack_unused_export__ = ModifyCacheParameterGroup$;
__webpack_unused_export__ = ModifyCacheParameterGroupCommand;
__webpack_unused_export__ = ModifyCacheParameterGroupMessage$;
__webpack_unused_export__ = ModifyCacheSubnetGroup$;
__webpack_unused_export__ = ModifyCacheSubnetGroupCommand;
__webpack_unused_export__ = ModifyCacheSubnetGroupMessage$;
__webpack_unused_export__ = ModifyCacheSubnetGroupResult$;
__webpack_unused_export__ = ModifyGlobalReplicationGroup$;
__webpack_unused_export__ = ModifyGlobalReplicationGroupCommand;
__webpack_unused_export__ = ModifyGlobalReplicationGroupMessage$;
__webpack_unused_export__ = ModifyGlobalReplicationGroupResult$;
__webpack_unused_export__ = ModifyReplicationGroup$;
__webpack_unused_export__ = ModifyReplicationGroupCommand;
__webpack_unused_export__ = ModifyReplicationGroupMessage$;
__webpack_unused_export__ = ModifyReplicationGroupResult$;
__webpack_unused_export__ = ModifyReplicationGroupShardConfiguration$;
__webpack_unused_export__ = ModifyReplicationGroupShardConfigurationCommand;
__webpack_unused_export__ = ModifyReplicationGroupShardConfigurationMessage$;
__webpack_unused_export__ = ModifyReplicationGroupShardConfigurationResult$;
__webpack_unused_export__ = ModifyServerlessCache$;
__webpack_unused_export__ = ModifyServerlessCacheCommand;
__webpack_unused_export__ = ModifyServerlessCacheRequest$;
__webpack_unused_export__ = ModifyServerlessCacheResponse$;
__webpack_unused_export__ = ModifyUser$;
__webpack_unused_export__ = ModifyUserCommand;
__webpack_unused_export__ = ModifyUserGroup$;
__webpack_unused_export__ = ModifyUserGroupCommand;
__webpack_unused_export__ = ModifyUserGroupMessage$;
__webpack_unused_export__ = ModifyUserMessage$;
__webpack_unused_export__ = MultiAZStatus;
__webpack_unused_export__ = NetworkType;
__webpack_unused_export__ = NoOperationFault;
__webpack_unused_export__ = NoOperationFault$;
__webpack_unused_export__ = NodeGroup$;
__webpack_unused_export__ = NodeGroupConfiguration$;
__webpack_unused_export__ = NodeGroupMember$;
__webpack_unused_export__ = NodeGroupMemberUpdateStatus$;
__webpack_unused_export__ = NodeGroupNotFoundFault;
__webpack_unused_export__ = NodeGroupNotFoundFault$;
__webpack_unused_export__ = NodeGroupUpdateStatus$;
__webpack_unused_export__ = NodeGroupsPerReplicationGroupQuotaExceededFault;
__webpack_unused_export__ = NodeGroupsPerReplicationGroupQuotaExceededFault$;
__webpack_unused_export__ = NodeQuotaForClusterExceededFault;
__webpack_unused_export__ = NodeQuotaForClusterExceededFault$;
__webpack_unused_export__ = NodeQuotaForCustomerExceededFault;
__webpack_unused_export__ = NodeQuotaForCustomerExceededFault$;
__webpack_unused_export__ = NodeSnapshot$;
__webpack_unused_export__ = NodeUpdateInitiatedBy;
__webpack_unused_export__ = NodeUpdateStatus;
__webpack_unused_export__ = NotificationConfiguration$;
__webpack_unused_export__ = OutpostMode;
__webpack_unused_export__ = Parameter$;
__webpack_unused_export__ = ParameterNameValue$;
__webpack_unused_export__ = PendingAutomaticFailoverStatus;
__webpack_unused_export__ = PendingLogDeliveryConfiguration$;
__webpack_unused_export__ = PendingModifiedValues$;
__webpack_unused_export__ = ProcessedUpdateAction$;
__webpack_unused_export__ = PurchaseReservedCacheNodesOffering$;
__webpack_unused_export__ = PurchaseReservedCacheNodesOfferingCommand;
__webpack_unused_export__ = PurchaseReservedCacheNodesOfferingMessage$;
__webpack_unused_export__ = PurchaseReservedCacheNodesOfferingResult$;
__webpack_unused_export__ = RebalanceSlotsInGlobalReplicationGroup$;
__webpack_unused_export__ = RebalanceSlotsInGlobalReplicationGroupCommand;
__webpack_unused_export__ = RebalanceSlotsInGlobalReplicationGroupMessage$;
__webpack_unused_export__ = RebalanceSlotsInGlobalReplicationGroupResult$;
__webpack_unused_export__ = RebootCacheCluster$;
__webpack_unused_export__ = RebootCacheClusterCommand;
__webpack_unused_export__ = RebootCacheClusterMessage$;
__webpack_unused_export__ = RebootCacheClusterResult$;
__webpack_unused_export__ = RecurringCharge$;
__webpack_unused_export__ = RegionalConfiguration$;
__webpack_unused_export__ = RemoveTagsFromResource$;
__webpack_unused_export__ = RemoveTagsFromResourceCommand;
__webpack_unused_export__ = RemoveTagsFromResourceMessage$;
__webpack_unused_export__ = ReplicationGroup$;
__webpack_unused_export__ = ReplicationGroupAlreadyExistsFault;
__webpack_unused_export__ = ReplicationGroupAlreadyExistsFault$;
__webpack_unused_export__ = ReplicationGroupAlreadyUnderMigrationFault;
__webpack_unused_export__ = ReplicationGroupAlreadyUnderMigrationFault$;
__webpack_unused_export__ = ReplicationGroupMessage$;
__webpack_unused_export__ = ReplicationGroupNotFoundFault;
__webpack_unused_export__ = ReplicationGroupNotFoundFault$;
__webpack_unused_export__ = ReplicationGroupNotUnderMigrationFault;
__webpack_unused_export__ = ReplicationGroupNotUnderMigrationFault$;
__webpack_unused_export__ = ReplicationGroupPendingModifiedValues$;
__webpack_unused_export__ = ReservedCacheNode$;
__webpack_unused_export__ = ReservedCacheNodeAlreadyExistsFault;
__webpack_unused_export__ = ReservedCacheNodeAlreadyExistsFault$;
__webpack_unused_export__ = ReservedCacheNodeMessage$;
__webpack_unused_export__ = ReservedCacheNodeNotFoundFault;
__webpack_unused_export__ = ReservedCacheNodeNotFoundFault$;
__webpack_unused_export__ = ReservedCacheNodeQuotaExceededFault;
__webpack_unused_export__ = ReservedCacheNodeQuotaExceededFault$;
__webpack_unused_export__ = ReservedCacheNodesOffering$;
__webpack_unused_export__ = ReservedCacheNodesOfferingMessage$;
__webpack_unused_export__ = ReservedCacheNodesOfferingNotFoundFault;
__webpack_unused_export__ = ReservedCacheNodesOfferingNotFoundFault$;
__webpack_unused_export__ = ResetCacheParameterGroup$;
__webpack_unused_export__ = ResetCacheParameterGroupCommand;
__webpack_unused_export__ = ResetCacheParameterGroupMessage$;
__webpack_unused_export__ = ReshardingConfiguration$;
__webpack_unused_export__ = ReshardingStatus$;
__webpack_unused_export__ = RevokeCacheSecurityGroupIngress$;
__webpack_unused_export__ = RevokeCacheSecurityGroupIngressCommand;
__webpack_unused_export__ = RevokeCacheSecurityGroupIngressMessage$;
__webpack_unused_export__ = RevokeCacheSecurityGroupIngressResult$;
__webpack_unused_export__ = ScaleConfig$;
__webpack_unused_export__ = SecurityGroupMembership$;
__webpack_unused_export__ = ServerlessCache$;
__webpack_unused_export__ = ServerlessCacheAlreadyExistsFault;
__webpack_unused_export__ = ServerlessCacheAlreadyExistsFault$;
__webpack_unused_export__ = ServerlessCacheConfiguration$;
__webpack_unused_export__ = ServerlessCacheNotFoundFault;
__webpack_unused_export__ = ServerlessCacheNotFoundFault$;
__webpack_unused_export__ = ServerlessCacheQuotaForCustomerExceededFault;
__webpack_unused_export__ = ServerlessCacheQuotaForCustomerExceededFault$;
__webpack_unused_export__ = ServerlessCacheSnapshot$;
__webpack_unused_export__ = ServerlessCacheSnapshotAlreadyExistsFault;
__webpack_unused_export__ = ServerlessCacheSnapshotAlreadyExistsFault$;
__webpack_unused_export__ = ServerlessCacheSnapshotNotFoundFault;
__webpack_unused_export__ = ServerlessCacheSnapshotNotFoundFault$;
__webpack_unused_export__ = ServerlessCacheSnapshotQuotaExceededFault;
__webpack_unused_export__ = ServerlessCacheSnapshotQuotaExceededFault$;
__webpack_unused_export__ = ServiceLinkedRoleNotFoundFault;
__webpack_unused_export__ = ServiceLinkedRoleNotFoundFault$;
__webpack_unused_export__ = ServiceUpdate$;
__webpack_unused_export__ = ServiceUpdateNotFoundFault;
__webpack_unused_export__ = ServiceUpdateNotFoundFault$;
__webpack_unused_export__ = ServiceUpdateSeverity;
__webpack_unused_export__ = ServiceUpdateStatus;
__webpack_unused_export__ = ServiceUpdateType;
__webpack_unused_export__ = ServiceUpdatesMessage$;
__webpack_unused_export__ = SlaMet;
__webpack_unused_export__ = SlotMigration$;
__webpack_unused_export__ = Snapshot$;
__webpack_unused_export__ = SnapshotAlreadyExistsFault;
__webpack_unused_export__ = SnapshotAlreadyExistsFault$;
__webpack_unused_export__ = SnapshotFeatureNotSupportedFault;
__webpack_unused_export__ = SnapshotFeatureNotSupportedFault$;
__webpack_unused_export__ = SnapshotNotFoundFault;
__webpack_unused_export__ = SnapshotNotFoundFault$;
__webpack_unused_export__ = SnapshotQuotaExceededFault;
__webpack_unused_export__ = SnapshotQuotaExceededFault$;
__webpack_unused_export__ = SourceType;
__webpack_unused_export__ = StartMigration$;
__webpack_unused_export__ = StartMigrationCommand;
__webpack_unused_export__ = StartMigrationMessage$;
__webpack_unused_export__ = StartMigrationResponse$;
__webpack_unused_export__ = StorageEncryptionType;
__webpack_unused_export__ = Subnet$;
__webpack_unused_export__ = SubnetInUse;
__webpack_unused_export__ = SubnetInUse$;
__webpack_unused_export__ = SubnetNotAllowedFault;
__webpack_unused_export__ = SubnetNotAllowedFault$;
__webpack_unused_export__ = SubnetOutpost$;
__webpack_unused_export__ = Tag$;
__webpack_unused_export__ = TagListMessage$;
__webpack_unused_export__ = TagNotFoundFault;
__webpack_unused_export__ = TagNotFoundFault$;
__webpack_unused_export__ = TagQuotaPerResourceExceeded;
__webpack_unused_export__ = TagQuotaPerResourceExceeded$;
__webpack_unused_export__ = TestFailover$;
__webpack_unused_export__ = TestFailoverCommand;
__webpack_unused_export__ = TestFailoverMessage$;
__webpack_unused_export__ = TestFailoverNotAvailableFault;
__webpack_unused_export__ = TestFailoverNotAvailableFault$;
__webpack_unused_export__ = TestFailoverResult$;
__webpack_unused_export__ = TestMigration$;
__webpack_unused_export__ = TestMigrationCommand;
__webpack_unused_export__ = TestMigrationMessage$;
__webpack_unused_export__ = TestMigrationResponse$;
__webpack_unused_export__ = TimeRangeFilter$;
__webpack_unused_export__ = TransitEncryptionMode;
__webpack_unused_export__ = UnprocessedUpdateAction$;
__webpack_unused_export__ = UpdateAction$;
__webpack_unused_export__ = UpdateActionResultsMessage$;
__webpack_unused_export__ = UpdateActionStatus;
__webpack_unused_export__ = UpdateActionsMessage$;
__webpack_unused_export__ = User$;
__webpack_unused_export__ = UserAlreadyExistsFault;
__webpack_unused_export__ = UserAlreadyExistsFault$;
__webpack_unused_export__ = UserGroup$;
__webpack_unused_export__ = UserGroupAlreadyExistsFault;
__webpack_unused_export__ = UserGroupAlreadyExistsFault$;
__webpack_unused_export__ = UserGroupNotFoundFault;
__webpack_unused_export__ = UserGroupNotFoundFault$;
__webpack_unused_export__ = UserGroupPendingChanges$;
__webpack_unused_export__ = UserGroupQuotaExceededFault;
__webpack_unused_export__ = UserGroupQuotaExceededFault$;
__webpack_unused_export__ = UserGroupsUpdateStatus$;
__webpack_unused_export__ = UserNotFoundFault;
__webpack_unused_export__ = UserNotFoundFault$;
__webpack_unused_export__ = UserQuotaExceededFault;
__webpack_unused_export__ = UserQuotaExceededFault$;
__webpack_unused_export__ = errorTypeRegistries;
__webpack_unused_export__ = paginateDescribeCacheClusters;
__webpack_unused_export__ = paginateDescribeCacheEngineVersions;
__webpack_unused_export__ = paginateDescribeCacheParameterGroups;
__webpack_unused_export__ = paginateDescribeCacheParameters;
__webpack_unused_export__ = paginateDescribeCacheSecurityGroups;
__webpack_unused_export__ = paginateDescribeCacheSubnetGroups;
__webpack_unused_export__ = paginateDescribeEngineDefaultParameters;
__webpack_unused_export__ = paginateDescribeEvents;
__webpack_unused_export__ = paginateDescribeGlobalReplicationGroups;
__webpack_unused_export__ = paginateDescribeReplicationGroups;
__webpack_unused_export__ = paginateDescribeReservedCacheNodes;
__webpack_unused_export__ = paginateDescribeReservedCacheNodesOfferings;
__webpack_unused_export__ = paginateDescribeServerlessCacheSnapshots;
__webpack_unused_export__ = paginateDescribeServerlessCaches;
__webpack_unused_export__ = paginateDescribeServiceUpdates;
__webpack_unused_export__ = paginateDescribeSnapshots;
__webpack_unused_export__ = paginateDescribeUpdateActions;
__webpack_unused_export__ = paginateDescribeUserGroups;
__webpack_unused_export__ = paginateDescribeUsers;
__webpack_unused_export__ = waitForCacheClusterAvailable;
__webpack_unused_export__ = waitForCacheClusterDeleted;
__webpack_unused_export__ = waitForReplicationGroupAvailable;
__webpack_unused_export__ = waitForReplicationGroupDeleted;
__webpack_unused_export__ = waitUntilCacheClusterAvailable;
__webpack_unused_export__ = waitUntilCacheClusterDeleted;
__webpack_unused_export__ = waitUntilReplicationGroupAvailable;
__webpack_unused_export__ = waitUntilReplicationGroupDeleted;


/***/ })

};
