namespace GuideBuilder.Translations;

/// <summary>The keys the default theme uses; every one must be in the default language's file.</summary>
public static class UiStringKeys
{
    public static readonly string[] Required =
    [
        "language_name", "skip_to_content", "home", "contents", "menu", "previous", "next", "module", "module_number",
        "introduction", "on_this_page", "search", "search_placeholder", "search_no_results", "search_results", "search_help",
        "language", "choose_language", "objectives", "voices", "exercises", "exercise", "duration", "materials",
        "instructions", "facilitator_notes", "key_messages", "resources", "download", "handout", "open_online",
        "good_practice", "protection_gap", "case_study", "key_point", "video", "video_online", "video_unsupported",
        "footnotes", "page_not_found", "page_not_found_text", "back_to_home", "offline_edition", "download_pdf", "download_epub",
        "trainer_edition", "exercise_type_group_work", "exercise_type_role_play", "exercise_type_case_study",
        "exercise_type_discussion", "exercise_type_self_assessment", "resource_type_publication", "resource_type_standard",
        "resource_type_video", "resource_type_slides", "resource_type_website", "resource_type_dataset",
        "missing_translation", "outdated_translation", "all_modules", "start_reading", "about_guide", "imprint", "edition",
        "published_by", "table_of_contents", "page", "page_list", "slides", "slides_description", "label_colon", "list_separator",
        "duration_minutes", "duration_hours", "duration_hours_minutes", "teaching_time", "workshop_planner", "planner_intro", "planner_type", "planner_total", "planner_guide_total", "planner_teaching", "planner_no_duration", "planner_one_day", "planner_days", "planner_day", "planner_day_length", "planner_elapsed", "planner_session", "planner_time", "planner_break", "planner_lunch", "planner_unplaced", "handout_pack",
        "glossary", "term_definition", "glossary_untranslated",
        "figure_number", "table_number", "box_number", "exercise_number", "section_reference", "page_reference",
        "index", "index_see", "index_see_also",
    ];

    public static string ForExerciseType(string type) => "exercise_type_" + type.Replace('-', '_');

    public static string ForResourceType(string type) => "resource_type_" + type.Replace('-', '_');

    public static string ForBox(string box) => box.Replace('-', '_');
}
