/**
 * Whether an error answer says the server cannot do this at all (501, or a 5xx whose code or message says "not
 * supported", as llama.cpp's server and others answer for a feature they lack): retrying would only fail again.
 */
export function isNotSupportedAnswer(status: number, providerCode: string | undefined, message: string): boolean {
  if (status === 501) return true;
  if (status < 500) return false;
  if (providerCode !== undefined && /not_supported|unsupported|not_implemented/i.test(providerCode)) return true;
  return /\b(not supported|unsupported|not implemented|does not support)\b/i.test(message);
}
