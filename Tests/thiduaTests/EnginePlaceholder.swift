// Placeholder so the engine branch builds before the thiduaTests tests are merged; delete on merge.
