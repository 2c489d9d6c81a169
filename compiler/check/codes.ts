/**
 * Every diagnostic code the checker reports. Codes are stable: never renumber, only add.
 * docs/diagnostics.md documents each with an example; test/check/diagnostics.test.ts
 * asserts each code and its range.
 */
export const C = {
  // SEG1xxx: names, resolution, structure
  unknownName: "SEG1001",
  unknownEvent: "SEG1002",
  unknownProperty: "SEG1003",
  unknownSegment: "SEG1004",
  unknownEntity: "SEG1005",
  duplicate: "SEG1006",
  cycle: "SEG1007",
  calendarDuration: "SEG1008",
  entityAmbiguous: "SEG1009",
  unknownMember: "SEG1010",
  wrongEntity: "SEG1011",
  twice: "SEG1013",
  thenNotLast: "SEG1014",
  didNotSequence: "SEG1015",
  unknownAlias: "SEG1016",
  testTime: "SEG1018",
  unknownParam: "SEG1019",
  schema: "SEG1023",
  notConstant: "SEG1026",
  sequenceFrequency: "SEG1025",
  nameTooLong: "SEG1027",
  caseOnly: "SEG1028",
  keyName: "SEG1029",
  protoName: "SEG1030",
  chainTooLong: "SEG1031",
  tooLarge: "SEG1032",
  // SEG2xxx: types
  typeMismatch: "SEG2001",
  aggNeedsProperty: "SEG2002",
  aggNoProperty: "SEG2003",
  arithmetic: "SEG2004",
  expectedCondition: "SEG2005",
  enumValue: "SEG2006",
  regex: "SEG2007",
  expectedDuration: "SEG2008",
  expectedTime: "SEG2009",
  expectedList: "SEG2010",
  firstNeedsTime: "SEG2012",
  aggPropertyType: "SEG2013",
  eventAsValue: "SEG2014",
  expectedString: "SEG2015",
  outOfRange: "SEG2016",
  // SEG3xxx: warnings
  contradiction: "SEG3001",
  unused: "SEG3002",
  deprecated: "SEG3003",
  outerProperty: "SEG3004",
  neverMembers: "SEG3005",
  // SEG9xxx: project loading
  unreadable: "SEG9001",
} as const;
