"""Output: the rendered site written whole into its folder, indexed for search and checked."""
