#!/bin/sh
# Writes the figures of docs/validation.md ("Digitisation and reconstruction") into docs/img and
# prints the numbers quoted there (the reconstruction benchmark is `na64 bench reco`, docs/benchmarks.md).
# Run from the repository root. Uses the test classes (toy showers stand in for the cascade).
set -e
mvn -B -q -pl na64-reco -am test-compile dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile="$PWD/na64-reco/target/reco-cp.txt"
CP="$(cat na64-reco/target/reco-cp.txt):na64-reco/target/classes:na64-reco/target/test-classes"
java -Djava.awt.headless=true -cp "$CP" na64.reco.ValidationFigures
