// Bias checks: cast attributes, representation, Bechdel–Wallace, fiction-aware language lint.
export {};
