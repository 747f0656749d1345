using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Platform.Web.Infrastructure.Web;

/// <summary>
/// Binds bool form and query values like the default binder, but a value that is not a boolean becomes a validation
/// error without keeping the raw text: the checkbox tag helper converts a kept raw value to bool when the form is shown
/// again and throws (a 500 for a tampered checkbox, found by fuzzing).
/// </summary>
internal sealed class BooleanModelBinder : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        var name = bindingContext.ModelName;
        var values = bindingContext.ValueProvider.GetValue(name);
        if (values == ValueProviderResult.None)
        {
            return Task.CompletedTask;
        }

        var first = values.FirstValue;
        if (string.IsNullOrWhiteSpace(first) && bindingContext.ModelType == typeof(bool?))
        {
            bindingContext.ModelState.SetModelValue(name, values);
            bindingContext.Result = ModelBindingResult.Success(null);
        }
        else if (bool.TryParse(first?.Trim(), out var value))
        {
            bindingContext.ModelState.SetModelValue(name, values);
            bindingContext.Result = ModelBindingResult.Success(value);
        }
        else
        {
            var messages = bindingContext.ModelMetadata.ModelBindingMessageProvider;
            bindingContext.ModelState.SetModelValue(name, rawValue: null, attemptedValue: null);
            bindingContext.ModelState.TryAddModelError(name, string.IsNullOrWhiteSpace(first)
                ? messages.ValueMustNotBeNullAccessor(first ?? "")
                : messages.NonPropertyAttemptedValueIsInvalidAccessor(first));
            bindingContext.Result = ModelBindingResult.Failed();
        }

        return Task.CompletedTask;
    }
}

/// <summary>Puts <see cref="BooleanModelBinder"/> in front of the default binders for bool and bool?.</summary>
internal sealed class BooleanModelBinderProvider : IModelBinderProvider
{
    private static readonly BooleanModelBinder Binder = new();

    public IModelBinder? GetBinder(ModelBinderProviderContext context) =>
        context.Metadata.ModelType == typeof(bool) || context.Metadata.ModelType == typeof(bool?) ? Binder : null;
}
