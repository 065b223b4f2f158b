/**
 * Application start-up: decides between the window and the command line, and wires the layers
 * together. The only package allowed to know both the UI and the command line.
 */
package vn.sotreem.app;
