// What a country code looks like: three capital letters (ISO 3166 alpha-3 and CAMEO's country codes,
// "USA", "TUR"). The knowledge base also hands out longer actor codes and regional or organisation
// codes of other shapes ("IGO", "MNCUSAMED"): a refiner that gives an actor a country tests this first.
/** a three-letter country code */
export const isCountryCode = (s: string): boolean => /^[A-Z]{3}$/.test(s);
