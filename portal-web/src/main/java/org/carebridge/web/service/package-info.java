/** Case plan, services and timeline sections of a child's page, and the district's service records page. */
package org.carebridge.web.service;
