/** The id of the Reelkit panel; must equal the panel entry point's id in manifest.json. */
export const mainPanelId = 'reelkit.panel';
