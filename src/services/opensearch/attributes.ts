// What the OpenSearch collector says about a domain.

// A type alias, not an interface: a type alias is a plain `Attributes` record to the compiler.
export type DomainAttributes = {
  engineVersion: string | null;
  instanceType: string | null;
  instanceCount: number | null;
  dedicatedMaster: boolean;
  zoneAwareness: boolean;
  warmEnabled: boolean;
  ebsVolumeGiB: number | null;
  endpoint: string | null;
  processing: boolean;
  upgradeProcessing: boolean;
  domainProcessingStatus: string | null;
  serviceSoftwareUpdateAvailable: boolean;
  serviceSoftwareUpdateStatus: string | null;
  serviceSoftwareAutomatedUpdateDate: string | null;
  serviceSoftwareDescription: string | null;
  /** The logs it publishes, as type=log group, e.g. ES_APPLICATION_LOGS=/aws/opensearch/search. */
  logPublishing: string[];
};

export type OpensearchAttributeTypes = { 'opensearch:domain': DomainAttributes };
