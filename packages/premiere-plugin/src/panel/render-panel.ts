import type { CheckSettings } from '@reelkit/core/session';
import type { CutReason } from '@reelkit/core/tasks/rough-cut';
import type { PanelFeatureId } from './panel-features.js';
import type { PanelView } from './panel-view-model.js';

/** What the panel's controls do. */
export interface PanelHandlers {
  readonly onSelect: (id: PanelFeatureId) => void;
  readonly onRun: () => void;
  /** Cancels a provider job, or the run in the panel when no id is given. */
  readonly onCancel: (jobId?: string) => void;
  /** The option field of the selected feature changed. */
  readonly onOption: (text: string) => void;
  /** Stores (or, when empty, removes) a key in secure storage; the field is cleared at once. */
  readonly onSaveKey: (name: 'openai' | 'replicate' | 'local', value: string) => void;
  /** Turns a check on generated text on or off. */
  readonly onCheck: (id: keyof CheckSettings, on: boolean) => void;
  /** Ticks or unticks a proposed cut, or every cut of a reason. */
  readonly onToggleCut: (target: { readonly id: string } | { readonly reason: CutReason }, checked: boolean) => void;
}

const keyFields = [
  { name: 'openai', label: 'OpenAI API key', secret: true },
  { name: 'replicate', label: 'Replicate API token', secret: true },
  { name: 'local', label: 'Local endpoint (http://localhost:8000/v1)', secret: false },
] as const;

/**
 * Builds the panel from UXP's built-in Spectrum Web Components with DOM calls only (user text goes through
 * textContent, never HTML) and returns `update`, which redraws it from a view. Layout is a single column of
 * wrapping rows, so it works at the 240–320 px widths of a docked panel.
 */
export function renderPanel(root: HTMLElement, handlers: PanelHandlers): (view: PanelView) => void {
  const document = root.ownerDocument;
  const element = <K extends string>(tag: K, className: string, text?: string): HTMLElement => {
    const node = document.createElement(tag);
    node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  };
  const heading = element('sp-heading', 'rk-heading', 'Reelkit');
  heading.setAttribute('size', 'S');
  const context = element('sp-detail', 'rk-context');
  const features = element('div', 'rk-features');
  const option = element('sp-textfield', 'rk-option') as HTMLElement & { value: string };
  option.addEventListener('input', () => handlers.onOption(option.value));
  const run = element('sp-button', 'rk-run');
  run.setAttribute('variant', 'cta');
  run.addEventListener('click', () => {
    if (!run.hasAttribute('disabled')) handlers.onRun();
  });
  const note = element('sp-body', 'rk-note');
  note.setAttribute('size', 'S');
  const progress = element('div', 'rk-progress');
  const message = element('sp-body', 'rk-message');
  const cuts = element('div', 'rk-cuts');
  const jobs = element('div', 'rk-jobs');
  const settings = element('div', 'rk-settings');
  for (const field of keyFields) {
    const input = element('sp-textfield', 'rk-key') as HTMLElement & { value: string };
    input.setAttribute('placeholder', field.label);
    if (field.secret) input.setAttribute('type', 'password');
    const save = element('sp-action-button', 'rk-save', 'Save');
    save.setAttribute('size', 'S');
    save.addEventListener('click', () => {
      handlers.onSaveKey(field.name, input.value.trim());
      // Keys never stay in the DOM.
      input.value = '';
    });
    const row = element('div', 'rk-key-row');
    row.append(input, save);
    settings.append(row);
  }
  const checkBoxes = new Map<keyof CheckSettings, HTMLElement & { checked: boolean }>();
  for (const id of ['moderation', 'language'] as const) {
    const box = element('sp-checkbox', 'rk-check') as HTMLElement & { checked: boolean };
    box.addEventListener('change', () => handlers.onCheck(id, box.checked));
    checkBoxes.set(id, box);
    settings.append(box);
  }
  root.append(heading, context, features, option, run, note, progress, message, cuts, jobs, settings);
  const tick = (label: string, checked: boolean, onChange: (checked: boolean) => void, className: string): HTMLElement => {
    const box = element('sp-checkbox', className, label) as HTMLElement & { checked: boolean };
    box.checked = checked;
    box.addEventListener('change', () => onChange(box.checked));
    return box;
  };

  return (view) => {
    context.textContent = view.context;
    features.replaceChildren(
      ...view.features.map((feature) => {
        const button = element('sp-action-button', 'rk-feature', feature.label);
        button.setAttribute('size', 'S');
        if (feature.selected) button.setAttribute('selected', '');
        if (!feature.enabled) button.setAttribute('disabled', '');
        button.addEventListener('click', () => handlers.onSelect(feature.id));
        return button;
      }),
    );
    // UXP's DOM honours inline display, not the hidden attribute.
    option.style.display = view.option === undefined ? 'none' : '';
    option.setAttribute('placeholder', view.option?.placeholder ?? '');
    // Only when it differs, so redraws while typing do not move the caret.
    if (view.option !== undefined && option.value !== view.option.value) option.value = view.option.value;
    run.textContent = view.runLabel;
    run.toggleAttribute('disabled', !view.runEnabled);
    note.textContent = view.note;
    progress.replaceChildren(...(view.progress === undefined ? [] : [progressBar(element, view.progress.label, view.progress.percent), cancelButton(element, () => handlers.onCancel())]));
    message.textContent = view.message?.text ?? '';
    for (const check of view.checks) {
      const box = checkBoxes.get(check.id);
      if (box === undefined) continue;
      box.textContent = check.label;
      box.checked = check.on;
    }
    message.classList.toggle('rk-error', view.message?.tone === 'error');
    cuts.replaceChildren(
      ...(view.cuts === undefined
        ? []
        : [
            ...view.cuts.reasons.map((reason) => tick(reason.label, reason.checked, (checked) => handlers.onToggleCut({ reason: reason.reason }, checked), 'rk-cut-reason')),
            ...view.cuts.rows.map((row) => tick(row.label, row.checked, (checked) => handlers.onToggleCut({ id: row.id }, checked), 'rk-cut')),
            ...(view.cuts.hidden === 0 ? [] : [element('sp-detail', 'rk-cut-more', `…and ${view.cuts.hidden} more, ticked as set above.`)]),
          ]),
    );
    jobs.replaceChildren(
      ...view.jobs.map((job) => {
        const row = element('div', 'rk-job');
        row.append(progressBar(element, `${job.label} — ${job.status}`, job.progress));
        if (job.canCancel) row.append(cancelButton(element, () => handlers.onCancel(job.id)));
        return row;
      }),
    );
  };
}

function cancelButton(element: (tag: string, className: string, text?: string) => HTMLElement, onClick: () => void): HTMLElement {
  const cancel = element('sp-action-button', 'rk-cancel', 'Cancel');
  cancel.setAttribute('size', 'S');
  cancel.setAttribute('quiet', '');
  cancel.addEventListener('click', onClick);
  return cancel;
}

function progressBar(element: (tag: string, className: string, text?: string) => HTMLElement, label: string, percent: number | undefined): HTMLElement {
  const bar = element('sp-progressbar', 'rk-bar');
  bar.setAttribute('label', label);
  bar.setAttribute('size', 'S');
  if (percent === undefined) bar.setAttribute('indeterminate', '');
  else bar.setAttribute('value', String(percent));
  return bar;
}
