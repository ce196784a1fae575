/** `reelkit report --help`. */
export const reportUsage = `Usage: reelkit report <script.fountain> [options]

Reads the script's /* Cast */ block, then reports representation (dialogue share, scene presence, who talks
to whom, introductions), the Bechdel–Wallace test and a fiction-aware language lint. Works offline; no key.

Options:
  --json               Print the report as JSON on stdout (no HTML unless --out is given)
  --out <file>         Write the HTML report here (default: <script>.report.html beside the script)
  --fail-on <what>     Exit 1 when met; repeat or separate with commas. <what> is one of:
                         bechdel            the script fails the Bechdel–Wallace test
                         info|warning|error any finding at or above this severity
                         <rule id>          e.g. lang.ableist; or a prefix such as lang.*
  --infer-gender       Guess gender from pronouns and names where the cast block is silent (shown as inferred)
  --lint-dialogue      Lint dialogue too (by default only action and narration: dialogue is a character's voice)
  --progress           Report progress on stderr (automatic when stderr is a terminal)
  -h, --help           Show this help

Exit codes: 0 ok, 1 a --fail-on threshold was met, 2 wrong usage,
            3 the script cannot be read or is not Fountain, or the report would overwrite a file reelkit did not write.
`;
