namespace GuideBuilder.Planner;

/// <summary>The workshop planner of one language edition (trainer edition only): what each module takes, and programmes of some days.</summary>
public sealed record WorkshopPlan(
    IReadOnlyList<PlannedModule> Modules,
    int TotalMinutes,
    string Total,
    IReadOnlyList<PlannedProgramme> Programmes)
{
    /// <summary>The exercises link to their pages and handouts (not in the stand-alone agenda of <c>guide agenda</c>).</summary>
    public bool Linked { get; init; } = true;
}
