namespace Platform.E2E;
