// News agencies credited in a dateline ("N'DJAMENA, Chad (AP) —"), one list for the rules that
// read datelines (the dateline city is a place; its country is the article's). Closed enough to
// need no examples: wire services as they credit themselves.
export const NEWS_AGENCIES: readonly string[] = ['AP', 'Reuters', 'AFP', 'UPI', 'Xinhua', 'dpa', 'DPA', 'Bloomberg', 'PTI', 'IANS', 'ANSA', 'Kyodo', 'Yonhap', 'TASS', 'Interfax'];

/** regular-expression source of an agency credit in brackets: "(AP)", "(Reuters)" */
export const AGENCY_CREDIT = `\\((?:${NEWS_AGENCIES.join('|')})\\)`;
