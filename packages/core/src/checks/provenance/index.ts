// Provenance: ledger, span tracking, verification, disclosure, media manifests.
export {};
