/**
 * A C2PA signing identity as the host keeps it in its secret store: the certificate chain and the signer's private key.
 * Plain strings and JSON so every host can persist it (VS Code SecretStorage, Obsidian secretStorage, UXP secureStorage).
 */
export interface MediaSigningIdentity {
  /** PEM certificates, the signing (end-entity) certificate first, then the certificates that issued it. */
  readonly certificateChainPem: string;
  /** The signing certificate's ECDSA (P-256 or P-384) private key: a JWK, or PEM PKCS#8 (`-----BEGIN PRIVATE KEY-----`). */
  readonly privateKey: JsonWebKey | string;
}
