// What the CloudFormation collector says about a stack.

// A type alias, not an interface: a type alias is a plain `Attributes` record to the compiler.
export type StackAttributes = {
  statusReason: string | null;
  createdAt: string | null;
  lastUpdatedAt: string | null;
  /** DRIFTED, IN_SYNC, NOT_CHECKED or UNKNOWN. */
  driftStatus: string | null;
  /** A stack mid-operation: the resources it still waits on, as LogicalId (AWS::Type). */
  waitingOn?: string[];
};

export type CloudformationAttributeTypes = { 'cloudformation:stack': StackAttributes };
