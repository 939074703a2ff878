using GuideBuilder.Markdown;

namespace GuideBuilder.Planner;

/// <summary>What the stand-alone agenda of <c>guide agenda</c> shows (layout <c>agenda</c>): the planner of some modules, with its styles inside.</summary>
public sealed record AgendaView(
    string Lang,
    string GuideTitle,
    string DocumentTitle,
    IReadOnlyDictionary<string, string> Ui,
    WorkshopPlan Planner,
    HtmlFragment Styles);
