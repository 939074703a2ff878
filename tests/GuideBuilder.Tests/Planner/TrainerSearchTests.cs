using GuideBuilder.Build;
using GuideBuilder.Tests.Support;

namespace GuideBuilder.Tests.Planner;

/// <summary>Search in the trainer edition finds the facilitator notes; in the participant edition it never does.</summary>
public sealed class TrainerSearchTests : IDisposable
{
    private readonly TempGuide _guide = new();

    public void Dispose() => _guide.Dispose();

    private string Index(bool trainer)
    {
        new GuideBuild(SilentProgress.Instance).Run(_guide.Options("site") with { TrainerEdition = trainer }).Succeeded.ShouldBeTrue();
        return File.ReadAllText(Path.Combine(_guide.Output, "site", "en", "search-index.js"));
    }

    [Fact]
    public void The_trainer_edition_s_index_holds_the_notes_under_their_exercise()
    {
        var index = Index(trainer: true);
        index.ShouldContain("[0,\"exercise-map-gaps\",\"Map the gaps\",\"Group work. Form groups. Draw the map. Notes for facilitators: Secret trainer note.\"]".Replace("[0,", "[1,", StringComparison.Ordinal));
    }

    [Fact]
    public void The_participant_edition_s_index_does_not()
    {
        var index = Index(trainer: false);
        index.ShouldContain("exercise-map-gaps");
        index.ShouldNotContain("Secret trainer note");
        index.ShouldNotContain("Notes for facilitators");
    }
}
