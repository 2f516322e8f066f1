// Placeholder so the engine branch builds before the Reports branch is merged; delete on merge.
