package com.kiorex.web.notifications;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A template's new text. */
public class TemplateBody {

    @NotBlank(message = "is required")
    @Size(max = 200, message = "must be at most 200 characters")
    public String subject;

    @NotBlank(message = "is required")
    @Size(max = 4000, message = "must be at most 4000 characters")
    public String body;
}
