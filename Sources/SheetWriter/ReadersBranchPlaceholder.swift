// placeholder (readers branch, untracked)
