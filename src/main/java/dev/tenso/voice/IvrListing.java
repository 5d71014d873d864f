package dev.tenso.voice;

import java.util.List;

/** Words a flow names ({@code say: [{list: name}]}) that the channel builds from data. */
@FunctionalInterface
interface IvrListing {
  List<Speech> words(CallState call);
}
