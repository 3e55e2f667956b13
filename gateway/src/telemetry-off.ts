// Imported first by every module that builds an ApolloGateway: nothing may leave this machine,
// and the gateway otherwise probes cloud metadata addresses and reports usage outside.
process.env.APOLLO_TELEMETRY_DISABLED = 'true';
