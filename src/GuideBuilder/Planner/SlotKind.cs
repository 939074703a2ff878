namespace GuideBuilder.Planner;

/// <summary>What fills a stretch of a programme day.</summary>
public enum SlotKind
{
    Session,
    Break,
    Lunch,
}
