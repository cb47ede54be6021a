package org.evac.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import net.sourceforge.plantuml.FileFormat;
import net.sourceforge.plantuml.FileFormatOption;
import net.sourceforge.plantuml.SourceStringReader;
import org.junit.jupiter.api.Test;

/** The production diagram in deploy/README.md is what its text source renders to. */
class DiagramTest {

    private static final Path DOCS = ServiceConfiguration.ROOT.resolve("deploy/docs");

    @Test
    void committedSvgIsRenderedFromTheCurrentSource() throws Exception {
        String source = Files.readString(DOCS.resolve("production.puml"));
        ByteArrayOutputStream svg = new ByteArrayOutputStream();
        new SourceStringReader(source).outputImage(svg, new FileFormatOption(FileFormat.SVG));

        assertThat(svg.toString(StandardCharsets.UTF_8))
                .as("deploy/docs/production.svg is stale: run deploy/docs/render.sh")
                .isEqualTo(Files.readString(DOCS.resolve("production.svg")));
    }
}
