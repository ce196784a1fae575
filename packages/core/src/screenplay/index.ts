// Screenplay engine: Fountain parser, model, incremental update, writer, statistics.
export {};
