/**
 * The `Crypto` object `@peculiar/x509` wants, over the injected SubtleCrypto, so certificate work never reaches for
 * the host's global crypto. x509 only draws random bytes for serial numbers, and callers always pass their own.
 */
export function webCryptoForX509(subtle: SubtleCrypto): Crypto {
  const noRandomness = (): never => {
    throw new Error('Reelkit passes certificate serial numbers explicitly; x509 must not need randomness.');
  };
  return { subtle, getRandomValues: noRandomness, randomUUID: noRandomness };
}
