// Reading the API's enums, generated as `as const` objects in gql/graphql.ts, from plain strings
// such as the address bar or a <select>.

/** Whether `value` is one of the values of a generated enum (`isEnumValue(PredictionStatus, 'OPEN')`). */
export function isEnumValue<Values extends Record<string, string>>(
  values: Values,
  value: string,
): value is Values[keyof Values] {
  return Object.values<string>(values).includes(value);
}
