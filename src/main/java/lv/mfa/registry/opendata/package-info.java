/**
 * Open data: a presidency's published events and projects as CSV (UTF-8 with a byte order
 * mark, so spreadsheet programs show ā č ē) and JSON.
 */
package lv.mfa.registry.opendata;
