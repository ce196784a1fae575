import premierepro from 'premierepro';

/** The name of the project open in Premiere, or `undefined` when none is. */
export async function readActiveProjectName(): Promise<string | undefined> {
  // Resolves to null (despite its declared type) or rejects when no project is open.
  const project = await premierepro.Project.getActiveProject().catch(() => null);
  return project?.name ?? undefined;
}
