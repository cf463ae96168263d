"""Commands: the command line and the build, serve, check and suggest commands it runs."""
