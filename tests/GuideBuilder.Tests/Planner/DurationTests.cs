using GuideBuilder.Content;
using GuideBuilder.Diagnostics;
using GuideBuilder.Model;
using GuideBuilder.Tests.Support;
using GuideBuilder.Translations;

namespace GuideBuilder.Tests.Planner;

/// <summary>Durations are read as editors and translators write them, and shown the same way in each language.</summary>
public sealed class DurationTests
{
    [Theory]
    [InlineData("45", 45)]
    [InlineData("45 min", 45)]
    [InlineData("45min", 45)]
    [InlineData("45 min.", 45)]
    [InlineData("90 minutes", 90)]
    [InlineData("1 minute", 1)]
    [InlineData("1 h", 60)]
    [InlineData("2 hours", 120)]
    [InlineData("1 hour 30 minutes", 90)]
    [InlineData("1 hour and 30 minutes", 90)]
    [InlineData("1 hr 15 mins", 75)]
    [InlineData("1 h 30", 90)]
    [InlineData("1h30", 90)]
    [InlineData("1H30", 90)]
    [InlineData("1.5 h", 90)]
    [InlineData("1 hour and a half", 90)]
    [InlineData("1 h 30 min", 90)] // French and Spanish
    [InlineData("1 heure", 60)]
    [InlineData("2 heures", 120)]
    [InlineData("1 heure 30", 90)]
    [InlineData("1 heure et demie", 90)]
    [InlineData("1,5 h", 90)]
    [InlineData("1 h 05", 65)]
    [InlineData("30 mn", 30)]
    [InlineData("45 minutos", 45)]
    [InlineData("1 hora", 60)]
    [InlineData("2 horas", 120)]
    [InlineData("1 hora y media", 90)]
    [InlineData("1 hora y 30 minutos", 90)]
    [InlineData("  16 h  ", 960)]
    public void Accepted_forms_give_their_minutes(string written, int minutes) =>
        DurationText.Minutes(written).ShouldBe(minutes);

    [Theory]
    [InlineData("about an hour")]
    [InlineData("")]
    [InlineData("h")]
    [InlineData("0 min")]
    [InlineData("0")]
    [InlineData("1 h 75")] // minutes after hours stay under 60
    [InlineData("17 h")] // longer than a day of teaching
    [InlineData("1.25 h 10")]
    [InlineData("45 to 60 min")]
    [InlineData("-30 min")]
    [InlineData("y 30")]
    [InlineData("1 h et demie 15")]
    [InlineData("1.33 h")] // not a whole number of minutes
    [InlineData("TRANSLATE: 45 min")]
    public void Other_text_is_not_a_duration(string written) =>
        DurationText.Minutes(written).ShouldBeNull();

    [Theory]
    [InlineData("en", 45, "45 min")]
    [InlineData("en", 60, "1 h")]
    [InlineData("en", 90, "1 h 30 min")]
    [InlineData("fr", 90, "1 h 30")]
    [InlineData("fr", 65, "1 h 05")]
    [InlineData("fr", 120, "2 h")]
    [InlineData("es", 90, "1 h 30 min")]
    [InlineData("es", 45, "45 min")]
    public void Durations_are_written_the_edition_s_way(string language, int minutes, string shown)
    {
        var ui = UiStringsLoader.Load(RepoPaths.UiStrings, ["en", "fr", "es"], "en", new DiagnosticBag())[language];
        DurationLabel.For(minutes, ui).ShouldBe(shown);
    }

    [Fact]
    public void Free_text_is_an_error_at_the_value_with_the_accepted_forms()
    {
        using var guide = new TempGuide();
        guide.Replace("en/01-alpha.md", "duration: 30 min", "duration: about an hour");
        var error = guide.Check().Single(d => d.Code == DiagnosticCodes.InvalidDuration);
        error.IsError.ShouldBeTrue();
        error.Location.Path.ShouldEndWith("en/01-alpha.md");
        (error.Location.Line, error.Location.Column).ShouldBe((21, 15));
        error.Message.ShouldBe("duration 'about an hour' is not a duration");
        error.Hint.ShouldNotBeNull().ShouldContain("1 h 30");
        error.Hint.ShouldContain("45 minutos");
    }

    [Fact]
    public void A_teaching_time_that_is_not_a_duration_is_an_error_at_its_line()
    {
        using var guide = PlannerGuide.Create();
        guide.Replace("en/02-beta.md", "teaching-time: 1 h", "teaching-time: all morning");
        var error = guide.Check().Single(d => d.Code == DiagnosticCodes.InvalidDuration);
        (error.Location.Line, error.Location.Column).ShouldBe((6, 16));
        error.Message.ShouldBe("teaching-time 'all morning' is not a duration");
    }

    [Fact]
    public void A_translation_that_changes_a_duration_is_warned_about()
    {
        using var guide = new TempGuide();
        guide.Replace("fr/01-alpha.md", "duration: 30 minutes", "duration: 1 h");
        var warning = guide.Check().Single(d => d.Code == DiagnosticCodes.DurationMismatch);
        warning.IsError.ShouldBeFalse();
        warning.Location.Path.ShouldEndWith("fr/01-alpha.md");
        warning.Message.ShouldBe("exercise 'map-gaps' lasts 60 min here but 30 min in en/01-alpha.md");
    }

    [Fact]
    public void The_fixture_s_durations_are_clean_and_written_in_each_language()
    {
        using var guide = PlannerGuide.Create();
        guide.Check().Where(d => d.Code is DiagnosticCodes.InvalidDuration or DiagnosticCodes.DurationMismatch).ShouldBeEmpty();
        var document = GuideBuilder.Build.GuidePreparation.Prepare(guide.Options(), new DiagnosticBag(), GuideBuilder.Build.SilentProgress.Instance)!.Document;
        document.Edition("en").Find("beta")!.Exercises[0].Duration.ShouldBe("1 h 10 min");
        document.Edition("fr").Find("beta")!.Exercises[0].Duration.ShouldBe("1 h 10 min"); // the English module, shown in English in the French edition
        document.Edition("fr").Find("alpha")!.Exercises[0].Duration.ShouldBe("30 min"); // written "30 minutes"
    }
}
