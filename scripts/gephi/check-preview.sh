#!/bin/sh
# Opens a GEXF file in the real Gephi importer (Gephi Toolkit 0.10.1 from Maven Central, 83 MB,
# Java 17+ and Maven) and prints: nodes and edges imported, overlapping node pairs as Gephi reads
# the positions and sizes, the Preview's default edge colour mode, and the edge stroke colours of
# an SVG export with the default Preview settings and with Edges → Color: Original.
# Usage: sh scripts/gephi/check-preview.sh out/countries.gexf   (not part of npm test: large download)
set -e
here=$(cd "$(dirname "$0")" && pwd)
gexf=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
mvn -q -B dependency:get -Dartifact=org.gephi:gephi-toolkit:0.10.1:jar:all -Dtransitive=false
jar="${MAVEN_REPO:-$HOME/.m2/repository}/org/gephi/gephi-toolkit/0.10.1/gephi-toolkit-0.10.1-all.jar"
work=$(mktemp -d)
javac -cp "$jar" -d "$work" "$here/CheckPreview.java"
java -Djava.awt.headless=true -cp "$jar:$work" CheckPreview "$gexf" "$work" 2>/dev/null
echo "SVG exports in $work"
