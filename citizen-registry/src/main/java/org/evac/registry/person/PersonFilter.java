package org.evac.registry.person;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.evac.registry.quality.QualityFlag;
import org.evac.registry.quality.QueryText;

/** The filters of a person search, shared by the list and the CSV export. */
public class PersonFilter {

    @QueryParam("q")
    @Pattern(regexp = QueryText.WITHOUT_NUL, message = QueryText.WITHOUT_NUL_MESSAGE)
    @Parameter(
            description =
                    "Name search, tolerant to transliteration and word order; also native script and registry number")
    public String q;

    @QueryParam("province")
    @Parameter(
            description = "ISO 3166-2:AF province code",
            example = "AF-KAB",
            schema = @Schema(ref = "Province"))
    public String province;

    @QueryParam("category")
    public Category category;

    @QueryParam("verification")
    public Verification verification;

    @QueryParam("departureWish")
    public DepartureWish departureWish;

    @QueryParam("status")
    public RegistryStatus status;

    @QueryParam("notReachedWithinHours")
    @Min(0)
    @Parameter(
            description =
                    "Only ACTIVE persons not reached within this many hours (never reached included)")
    public Integer notReachedWithinHours;

    @QueryParam("qualityFlag")
    public QualityFlag qualityFlag;

    @QueryParam("source")
    public SourceKind source;
}
