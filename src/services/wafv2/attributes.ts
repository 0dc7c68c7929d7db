// What the WAF collector says about a web ACL.

// A type alias, not an interface: a type alias is a plain `Attributes` record to the compiler.
export type WebAclAttributes = {
  loggingEnabled: boolean;
  logDestination: string | null;
  /** WAF log groups must be named aws-waf-logs-*; the log checks read it. */
  logGroup: string | null;
  /** How many load balancers it protects; null when they could not be listed. */
  associatedLoadBalancers: number | null;
  /** Their names; null when they could not be listed. */
  loadBalancers: string[] | null;
};

export type Wafv2AttributeTypes = { 'wafv2:web-acl': WebAclAttributes };
