// Rows whose timestamps travel as ISO text: as json_agg hands a data layer's rows over, and as a seeder writes them.

/** A column's value with a timestamp as ISO text (a nullable timestamp stays nullable). */
export type TimestampAsText<T> = T extends Date ? string : T;

/** A row of a data layer's tables (its Db*Row) with every timestamp as ISO text. */
export type TimestampsAsText<Row> = { [K in keyof Row]: TimestampAsText<Row[K]> };
