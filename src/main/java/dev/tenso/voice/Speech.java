package dev.tenso.voice;

import dev.tenso.core.directory.Language;

/** One sentence to say, and the language to say it in. */
record Speech(String text, Language language) {}
