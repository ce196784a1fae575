/**
 * The local servers the manifest lets the panel reach, by port: vLLM and the panel's example (8000), llama.cpp's
 * llama-server (8080), Ollama (11434), LM Studio (1234). UXP refuses any origin the manifest does not list.
 */
export const localEndpointOrigins: readonly string[] = [8000, 8080, 11434, 1234].flatMap((port) => [`http://localhost:${port}`, `http://127.0.0.1:${port}`]);

/** Whether a local endpoint URL is on an origin the manifest allows; undefined when it is, else why not. */
export function localEndpointProblem(url: string): string | undefined {
  let origin: string;
  try {
    origin = new URL(url).origin;
  } catch {
    return `"${url}" is not a URL; type e.g. http://localhost:8000/v1.`;
  }
  return localEndpointOrigins.includes(origin) ? undefined : `Premiere lets the panel reach only the local ports its manifest lists (8000, 8080, 11434, 1234 on localhost or 127.0.0.1); ${origin} is not one.`;
}
