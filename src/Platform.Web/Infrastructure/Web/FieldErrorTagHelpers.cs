using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Platform.Web.Infrastructure.Web;

/// <summary>
/// WCAG 1.3.1 and 3.3.1 for every control bound with asp-for: when its field has an error, the control gets
/// aria-invalid="true" and is described by the error message, the span of asp-validation-for, which
/// <see cref="FieldErrorMessageTagHelper"/> gives the id "{field id}-error". A page that already points the control
/// at its own "…-error" element keeps that.
/// </summary>
[HtmlTargetElement("input", Attributes = "asp-for")]
[HtmlTargetElement("select", Attributes = "asp-for")]
[HtmlTargetElement("textarea", Attributes = "asp-for")]
public sealed class FieldErrorTagHelper : TagHelper
{
    // After the built-in tag helpers, which write the id, name and type.
    public override int Order => 1000;

    [HtmlAttributeName("asp-for")]
    public ModelExpression For { get; set; } = null!;

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var field = ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(For.Name);
        if (ViewContext.ViewData.ModelState.GetFieldValidationState(field) != ModelValidationState.Invalid
            || string.Equals(output.Attributes["type"]?.Value?.ToString(), "hidden", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        output.Attributes.SetAttribute("aria-invalid", "true");
        var describedBy = output.Attributes["aria-describedby"]?.Value?.ToString()?.Trim();
        if (describedBy?.Split(' ').Any(id => id.EndsWith("-error", StringComparison.Ordinal)) == true)
        {
            return;
        }

        var errorId = FieldErrorMessageTagHelper.ErrorId(field);
        output.Attributes.SetAttribute("aria-describedby", string.IsNullOrEmpty(describedBy) ? errorId : $"{describedBy} {errorId}");
    }
}

/// <summary>Gives the error message of asp-validation-for the id that <see cref="FieldErrorTagHelper"/> refers to.</summary>
[HtmlTargetElement("span", Attributes = "asp-validation-for")]
public sealed class FieldErrorMessageTagHelper : TagHelper
{
    public override int Order => 1000;

    [HtmlAttributeName("asp-validation-for")]
    public ModelExpression For { get; set; } = null!;

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    /// <summary>The id of a field's error message, from its full name, e.g. "Input_Email-error".</summary>
    public static string ErrorId(string fullFieldName) => TagBuilder.CreateSanitizedId(fullFieldName, "_") + "-error";

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (!output.Attributes.ContainsName("id"))
        {
            output.Attributes.SetAttribute("id", ErrorId(ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(For.Name)));
        }
    }
}
