/** The panel's status area; later features add their sections beside it. */
export interface StatusView {
  /** Shows which project the panel works on. */
  readonly showProject: (name: string | undefined) => void;
}

/** Builds the status area into `root` with DOM calls only (no HTML strings). */
export function renderStatusView(root: HTMLElement): StatusView {
  const { ownerDocument } = root;
  const heading = ownerDocument.createElement('sp-heading');
  heading.textContent = 'Reelkit';
  const project = ownerDocument.createElement('sp-body');
  project.textContent = 'Looking for an open project…';
  root.append(heading, project);
  return {
    showProject: (name) => {
      project.textContent = name === undefined ? 'Open a project to start.' : `Project: ${name}`;
    },
  };
}
