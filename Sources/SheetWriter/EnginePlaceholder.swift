// Placeholder so the engine branch builds before the SheetWriter branch is merged; delete on merge.
