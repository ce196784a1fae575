/**
 * The `reelkit.*` settings as the pure modules read them: VS Code's `WorkspaceConfiguration` fits it, and tests pass
 * a map. A value is whatever the user's JSON holds, so readers check its type.
 */
export interface SettingsReader {
  get<T>(section: string, defaultValue: T): T;
}
