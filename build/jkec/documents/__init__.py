"""Documents generated from the package: the codebook, the datasheet, the citation files, the changelog and the
timeline figure. `jkec build` writes them into the project, `jkec release` into the release bundle."""
